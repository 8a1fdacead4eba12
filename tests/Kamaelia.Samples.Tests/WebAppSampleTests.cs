using System.Net;
using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests;

/// <summary>The WebApp sample runs as its comments say, and real HTTP requests flow through its components.</summary>
public sealed partial class WebAppSampleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WebAppPrintsItsUrlAndAnswersThroughItsComponents()
    {
        using var app = SampleProcess.Start("WebApp", "--port", "0");
        try
        {
            using var timeout = new CancellationTokenSource(Bound);
            var firstLine = await app.StandardOutput.ReadLineAsync(timeout.Token);
            var listening = ListeningLine().Match(firstLine ?? "");
            Assert.True(listening.Success, $"Expected the listening line, got: {firstLine}");
            using var client = new HttpClient { BaseAddress = new Uri(listening.Groups["url"].Value), Timeout = Bound };

            using var upper = await client.PostAsync("/upper", new StringContent("hello, components"), timeout.Token);
            Assert.Equal(HttpStatusCode.OK, upper.StatusCode);
            Assert.Equal("HELLO, COMPONENTS", await upper.Content.ReadAsStringAsync(timeout.Token));

            // The numbers come as a stream, one line at a time, and all of them arrive.
            using var count = await client.GetAsync("/count?to=500", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            using var lines = new StreamReader(await count.Content.ReadAsStreamAsync(timeout.Token));
            var numbers = new List<int>();
            while (await lines.ReadLineAsync(timeout.Token) is { } line)
            {
                numbers.Add(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal(Enumerable.Range(1, 500), numbers);

            using var badCount = await client.GetAsync("/count?to=many", timeout.Token);
            using var missing = await client.GetAsync("/nothing-here", timeout.Token);
            Assert.Equal(HttpStatusCode.BadRequest, badCount.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task WebAppRejectsAnUnknownArgumentWithItsUsage()
    {
        using var app = SampleProcess.Start("WebApp", "--colour", "blue");
        using var timeout = new CancellationTokenSource(Bound);
        var error = await app.StandardError.ReadToEndAsync(timeout.Token);
        await app.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, app.ExitCode);
        Assert.Contains("usage: WebApp", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^WebApp listening on (?<url>http://127\.0\.0\.1:\d+/); stop it with Ctrl\+C\.$")]
    private static partial Regex ListeningLine();
}
