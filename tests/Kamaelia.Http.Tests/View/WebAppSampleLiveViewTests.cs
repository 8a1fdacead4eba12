using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kamaelia.Http.Tests.View;

/// <summary>The WebApp sample, run as the program it is with its live view on, seen in headless Chromium.</summary>
public sealed partial class WebAppSampleLiveViewTests
{
    private const string ReadPageScript = """
        document.getElementById('components') ? JSON.stringify({
          types: [...document.querySelectorAll("#components g.component")].map(g => g.dataset.type),
          appeared: [...document.querySelectorAll("#changes li.appeared")].length,
          left: [...document.querySelectorAll("#changes li.left")].length,
          updates: Number(document.getElementById("status").dataset.updates)
        }) : null
        """;

    [Fact]
    public async Task ThePageShowsTheSamplesComponentsAndTheHandlerGraphsThatRequestsBring()
    {
        using var sample = StartSample("--port", "0", "--view-port", "0");
        try
        {
            var serverUrl = await ReadAddressAsync(sample, ServerLine());
            var viewUrl = await ReadAddressAsync(sample, ViewLine());
            await using var browser = await HeadlessChromium.LaunchAsync();
            await using var page = await browser.OpenPageAsync();
            await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1400, height = 700, deviceScaleFactor = 1, mobile = false });
            await page.SendAsync("Page.navigate", new { url = viewUrl.ToString() });

            var before = await Limits.UntilAsync(() => ReadPageAsync(page), p => p.Types.Contains("HttpServer"), "the sample's server on the page");
            using var client = new HttpClient { BaseAddress = serverUrl, Timeout = Limits.Wait };
            // Each request gets a handler graph of its own while it is answered: streaming the sample's longest count
            // takes long enough, request after request, for the page's snapshots to catch one.
            var during = await Limits.UntilAsync(
                async () =>
                {
                    var numbers = await client.GetStringAsync("/count?to=10000");
                    Assert.EndsWith("\n10000\n", numbers, StringComparison.Ordinal);
                    return await ReadPageAsync(page);
                },
                p => p.Appeared > before.Appeared,
                "a request's handler graph to appear on the page");
            await SaveScreenshotAsync(page);
            // A later update than the one that showed the graph: a graph can appear and leave within one interval, so
            // the reading that showed it may already count it as left.
            await Limits.UntilAsync(
                () => ReadPageAsync(page),
                p => p.Left > before.Left && p.Updates > during.Updates,
                "the handler graph to leave once its response is complete, in a later update of the page");

            Assert.Contains("Pipeline", before.Types);
            Assert.Contains("Transformer<HttpHandlerFault, string>", before.Types);
            Assert.Contains("ConsoleEchoer", before.Types);
        }
        finally
        {
            sample.Kill(entireProcessTree: true);
            await sample.WaitForExitAsync();
        }
    }

    private static Process StartSample(params string[] arguments)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "WebApp.dll");
        Assert.True(File.Exists(assembly), $"The WebApp sample was not built next to the tests ({assembly}).");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<Uri> ReadAddressAsync(Process sample, Regex line)
    {
        using var timeout = new CancellationTokenSource(Limits.Wait);
        var text = await sample.StandardOutput.ReadLineAsync(timeout.Token);
        var match = line.Match(text ?? "");
        Assert.True(match.Success, $"Expected a line matching {line}, got: {text}");
        return new Uri(match.Groups["url"].Value);
    }

    private static async Task<RenderedPage> ReadPageAsync(DevToolsSession page)
    {
        var json = await page.EvaluateAsync(ReadPageScript);
        return json.ValueKind == JsonValueKind.String
            ? JsonSerializer.Deserialize<RenderedPage>(json.GetString()!, SnapshotEvents.Json)!
            : new RenderedPage([], 0, 0, 0);
    }

    private static async Task SaveScreenshotAsync(DevToolsSession page)
    {
        var shot = await page.SendAsync("Page.captureScreenshot", new { format = "png" });
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "webapp-live-view.png"), Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    private sealed record RenderedPage(IReadOnlyList<string> Types, int Appeared, int Left, int Updates)
    {
        public override string ToString() => $"[{string.Join(", ", Types)}], {Appeared} appeared, {Left} left, {Updates} updates";
    }

    [GeneratedRegex(@"^WebApp listening on (?<url>http://127\.0\.0\.1:\d+/); stop it with Ctrl\+C\.$")]
    private static partial Regex ServerLine();

    [GeneratedRegex(@"^Live view on (?<url>http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex ViewLine();
}
