using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Kamaelia.Http.Tests.View;

/// <summary>
/// Debian's Chromium, headless, in a fresh profile, with the DevTools protocol on a port it chooses (read from the
/// DevToolsActivePort file it writes in the profile). Disposing kills it with every process it started and removes
/// the profile.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _output;

    private HeadlessChromium(Process process, string profile, StringBuilder output, int port)
    {
        _process = process;
        _profile = profile;
        _output = output;
        DevToolsPort = port;
    }

    public int DevToolsPort { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"The browser tests need Chromium at {Executable}, which is missing: run scripts/install-chromium.sh (CI runs it before the tests).");
        }

        var profile = Directory.CreateTempSubdirectory("kamaelia-view-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new HeadlessChromium(process, profile, output, await ReadPortAsync(process, profile, output));
        }
        catch
        {
            // Not started properly: still killed and its profile removed.
            await new HeadlessChromium(process, profile, output, port: 0).DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a new blank page and connects to it.</summary>
    public async Task<DevToolsSession> OpenPageAsync()
    {
        using var http = new HttpClient { Timeout = Limits.Wait };
        // Chromium refuses GET here since version 111: a new target is made with PUT.
        var response = await http.PutAsync(new Uri($"http://127.0.0.1:{DevToolsPort}/json/new?about:blank"), content: null);
        response.EnsureSuccessStatusCode();
        using var target = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return await DevToolsSession.ConnectAsync(new Uri(target.RootElement.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    private static async Task<int> ReadPortAsync(Process process, string profile, StringBuilder output)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + Limits.Wait;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"Chromium exited with code {process.ExitCode} before opening its DevTools port. It wrote:\n{Written(output)}");
            }

            // The file is written once the port is open: its first line is the port.
            if (File.Exists(file) && File.ReadAllLines(file) is [var port, ..] && int.TryParse(port, out var number) && number > 0)
            {
                return number;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Chromium did not open its DevTools port within {Limits.Wait.TotalSeconds} s. It wrote:\n{Written(output)}");
        return 0;
    }

    private static string Written(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().WaitAsync(Limits.Wait);
        }
        finally
        {
            _process.Dispose();
            await RemoveProfileAsync();
        }
    }

    private async Task RemoveProfileAsync()
    {
        // Processes that were killed may still be letting go of their files for a moment.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }
}
