using System.Text.Json;
using Kamaelia.Http.View;

namespace Kamaelia.Http.Tests.View;

/// <summary>
/// The live view in a real browser: headless Chromium loads the page from a running system, and the tests read what
/// it drew through the DOM (and save a screenshot for people to look at).
/// </summary>
public sealed class LiveViewBrowserTests
{
    // What the page drew: the SVG's component cards, their inbox rows, the link paths and the list of changes.
    private const string ReadGraphScript = """
        JSON.stringify({
          state: document.getElementById("status").dataset.state,
          components: [...document.querySelectorAll("#components g.component")].map(g => ({
            id: Number(g.dataset.componentId), type: g.dataset.type, title: g.querySelector("text.title").textContent,
            bounds: (r => [r.left, r.top, r.right, r.bottom])(g.querySelector("rect.body").getBoundingClientRect()) })),
          inboxes: [...document.querySelectorAll("#components g.component g.inbox")].map(b => ({
            component: Number(b.closest("g.component").dataset.componentId), box: b.dataset.box,
            arrived: Number(b.dataset.arrived), text: b.querySelector("text").textContent })),
          links: [...document.querySelectorAll("#links path.link")].map(p => ({
            from: Number(p.dataset.from), fromBox: p.dataset.fromBox, to: Number(p.dataset.to), toBox: p.dataset.toBox })),
          changes: [...document.querySelectorAll("#changes li")].map(li => li.className + " " + li.textContent)
        })
        """;

    [Fact]
    public async Task TheRenderedGraphShowsTheSystemsComponentsAndLinksAndACountMoves()
    {
        await using var system = new TickingSystem(TimeSpan.FromMilliseconds(20));
        await using var view = await KamaeliaView.StartAsync(configure: system.ShownEvery(TimeSpan.FromMilliseconds(200)));
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenPageAsync();
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1400, height = 700, deviceScaleFactor = 1, mobile = false });

        await page.SendAsync("Page.navigate", new { url = view.Url.ToString() });
        var first = await Limits.UntilAsync(() => ReadGraphAsync(page), g => g.Components.Count == 4 && SinkArrived(g, system) > 0, "the page to draw the system with ticks arriving");
        var later = await Limits.UntilAsync(() => ReadGraphAsync(page), g => SinkArrived(g, system) > SinkArrived(first, system), "the sink's count to move on the page");
        var screenshot = await SaveScreenshotAsync(page, "live-view.png");

        Assert.Equal("live", later.State);
        Assert.Equal(
            [$"Clock #{system.Clock.Id}", $"Transformer<long, string> #{system.Format.Id}", $"NullSink #{system.Sink.Id}", $"Pipeline #{system.Pipeline.Id}"],
            later.Components.OrderBy(c => c.Id).Select(c => c.Title));
        Assert.Contains(new RenderedLink(system.Clock.Id, "outbox", system.Format.Id, "inbox"), later.Links);
        Assert.Contains(new RenderedLink(system.Format.Id, "outbox", system.Sink.Id, "inbox"), later.Links);
        Assert.Contains(new RenderedLink(system.Pipeline.Id, "inbox", system.Clock.Id, "inbox"), later.Links);
        var pipeline = later.Components.Single(c => c.Id == system.Pipeline.Id);
        Assert.All(later.Components.Where(c => c.Id != system.Pipeline.Id), stage => Assert.True(
            pipeline.Encloses(stage), $"The Pipeline's frame {string.Join(",", pipeline.Bounds)} should enclose {stage.Title} at {string.Join(",", stage.Bounds)}."));
        var sinkRow = later.Inboxes.Single(b => b.Component == system.Sink.Id && b.Box == "inbox");
        Assert.Contains($"{sinkRow.Arrived} in", sinkRow.Text, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], screenshot.Take(4));
    }

    [Fact]
    public async Task AComponentAppearsOnThePageWhenItStartsAndLeavesItWhenItEnds()
    {
        await using var system = new TickingSystem(TimeSpan.FromMilliseconds(50));
        await using var view = await KamaeliaView.StartAsync(configure: system.ShownEvery(TimeSpan.FromMilliseconds(150)));
        await using var browser = await HeadlessChromium.LaunchAsync();
        await using var page = await browser.OpenPageAsync();
        await page.SendAsync("Page.navigate", new { url = view.Url.ToString() });
        await Limits.UntilAsync(() => ReadGraphAsync(page), g => g.Components.Count == 4, "the page to draw the system");

        var idle = await system.AddIdleComponentAsync();
        var joined = await Limits.UntilAsync(() => ReadGraphAsync(page), g => g.Components.Any(c => c.Id == idle.Id), "the new component on the page");
        var joinedCard = await page.EvaluateAsync($"document.getElementById('component-{idle.Id}')?.dataset.type ?? null");
        await SaveScreenshotAsync(page, "live-view-component-joined.png");
        await system.StopAsync(idle);
        var left = await Limits.UntilAsync(() => ReadGraphAsync(page), g => g.Components.All(c => c.Id != idle.Id), "the stopped component to leave the page");

        Assert.Equal(5, joined.Components.Count);
        Assert.Equal("NullSink", joinedCard.GetString());
        Assert.Contains(joined.Changes, c => c.StartsWith("appeared", StringComparison.Ordinal) && c.Contains($"NullSink #{idle.Id} appeared", StringComparison.Ordinal));
        Assert.Equal(4, left.Components.Count);
        Assert.Contains(left.Changes, c => c.StartsWith("left", StringComparison.Ordinal) && c.Contains($"NullSink #{idle.Id} left", StringComparison.Ordinal));
    }

    private static long SinkArrived(RenderedGraph graph, TickingSystem system) =>
        graph.Inboxes.FirstOrDefault(b => b.Component == system.Sink.Id && b.Box == "inbox")?.Arrived ?? 0;

    private static async Task<RenderedGraph> ReadGraphAsync(DevToolsSession page)
    {
        var json = await page.EvaluateAsync($"document.getElementById('components') ? {ReadGraphScript} : null");
        return json.ValueKind == JsonValueKind.String
            ? JsonSerializer.Deserialize<RenderedGraph>(json.GetString()!, SnapshotEvents.Json)!
            : RenderedGraph.Empty;
    }

    /// <summary>Saves what the page shows under the test output's screenshots folder, for people to look at; returns the PNG.</summary>
    private static async Task<byte[]> SaveScreenshotAsync(DevToolsSession page, string name)
    {
        var shot = await page.SendAsync("Page.captureScreenshot", new { format = "png" });
        var png = Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, name), png);
        return png;
    }

    private sealed record RenderedGraph(string? State, IReadOnlyList<RenderedComponent> Components, IReadOnlyList<RenderedInbox> Inboxes, IReadOnlyList<RenderedLink> Links, IReadOnlyList<string> Changes)
    {
        public static readonly RenderedGraph Empty = new(null, [], [], [], []);

        public override string ToString() =>
            $"state {State}; components [{string.Join(", ", Components.Select(c => c.Title))}]; inboxes [{string.Join(", ", Inboxes.Select(b => $"{b.Component}.{b.Box}={b.Arrived}"))}]; {Links.Count} links; changes [{string.Join(", ", Changes)}]";
    }

    private sealed record RenderedComponent(int Id, string Type, string Title, double[] Bounds)
    {
        /// <summary>True when the other's card lies inside this one's (bounds are left, top, right, bottom on the page).</summary>
        public bool Encloses(RenderedComponent other) =>
            Bounds[0] < other.Bounds[0] && Bounds[1] < other.Bounds[1] && other.Bounds[2] < Bounds[2] && other.Bounds[3] < Bounds[3];
    }

    private sealed record RenderedInbox(int Component, string Box, long Arrived, string Text);

    private sealed record RenderedLink(int From, string FromBox, int To, string ToBox);
}
