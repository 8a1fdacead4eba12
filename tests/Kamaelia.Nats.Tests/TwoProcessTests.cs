using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Kamaelia.Nats.Tests;

/// <summary>The DistributedWordCount sample's two roles, as two processes, exchanging a million words.</summary>
public sealed partial class TwoProcessTests(ITestOutputHelper output)
{
    private const int Words = 1_000_000;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_million_words_cross_between_two_processes_once_each_and_in_order()
    {
        using var server = NatsServer.StartCore();
        var text = WriteWords();
        try
        {
            using var worker = Start("worker", server.Url);
            var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workerOutput = new System.Collections.Concurrent.ConcurrentQueue<string>();
            worker.OutputDataReceived += (_, line) =>
            {
                if (line.Data is null)
                {
                    return;
                }

                workerOutput.Enqueue(line.Data);
                if (line.Data.StartsWith("worker: subscribed", StringComparison.Ordinal))
                {
                    subscribed.TrySetResult();
                }
            };
            worker.BeginOutputReadLine();
            await subscribed.Task.WaitAsync(s_timeout);

            var clock = Stopwatch.StartNew();
            using var producer = Start("producer", server.Url, text);
            var producerOutput = await producer.StandardOutput.ReadToEndAsync().WaitAsync(s_timeout);
            await producer.WaitForExitAsync().WaitAsync(s_timeout);
            await worker.WaitForExitAsync().WaitAsync(s_timeout);
            var elapsed = clock.Elapsed;

            var received = string.Join('\n', workerOutput);
            Assert.True(producer.ExitCode == 0, $"producer failed: {producerOutput}{await producer.StandardError.ReadToEndAsync()}");
            Assert.True(worker.ExitCode == 0, $"worker failed: {received}{await worker.StandardError.ReadToEndAsync()}");
            var published = Digest().Match(producerOutput);
            var got = Digest().Match(received);
            Assert.True(published.Success, producerOutput);
            Assert.True(got.Success, received);
            Assert.Equal($"{Words}", published.Groups["count"].Value);
            Assert.Equal(published.Groups["count"].Value, got.Groups["count"].Value);
            Assert.Equal(published.Groups["digest"].Value, got.Groups["digest"].Value);
            output.WriteLine($"{Words} words across processes in {elapsed.TotalSeconds:0.0} s ({Words / elapsed.TotalSeconds:0} words/s, both processes' start-up included)");
        }
        finally
        {
            File.Delete(text);
        }
    }

    private static Process Start(string role, string url, params string[] files)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "DistributedWordCount.dll");
        Assert.True(File.Exists(assembly), $"The DistributedWordCount sample was not built next to the tests ({assembly}).");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { assembly, "--role", role, "--nats", url }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>A million words, ten to a line, from a fixed seed.</summary>
    private static string WriteWords()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kamaelia-words-{Guid.NewGuid():N}.txt");
        var random = new Random(8);
        string[] stems = ["alpha", "beta", "gamma", "delta", "kamaelia", "axon", "nats", "stream", "word", "count"];
        using var writer = new StreamWriter(path);
        for (var line = 0; line < Words / 10; line++)
        {
            for (var word = 0; word < 10; word++)
            {
                writer.Write(stems[random.Next(stems.Length)]);
                writer.Write(random.Next(100));
                writer.Write(word == 9 ? '\n' : ' ');
            }
        }

        return path;
    }

    [GeneratedRegex(@": (?<count>\d+) words, digest (?<digest>[0-9a-f]{16})")]
    private static partial Regex Digest();
}
