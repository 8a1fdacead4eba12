using System.Net;
using System.Text.Json;
using Kamaelia.Http.View;
using Microsoft.AspNetCore.Builder;

namespace Kamaelia.Http.Tests.View;

public sealed class ViewEndpointTests
{
    [Fact]
    public async Task ThePageIsServedWithTheAddressOfItsStreamAndLoadsNothingFromElsewhere()
    {
        await using var app = await ViewApp.StartAsync("/kamaelia", options => options.Title = "Orders <live>");

        var response = await app.Client.GetAsync("/kamaelia");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-events=\"/kamaelia/events\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Orders &lt;live&gt;</title>", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("{{", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStreamSendsSnapshotsOfTheRunningSystemWhoseCountsMove()
    {
        await using var system = new TickingSystem();
        await using var app = await ViewApp.StartAsync(configure: system.ShownEvery(TimeSpan.FromMilliseconds(100)));
        await using var events = await SnapshotEvents.OpenAsync(app.Client, "/kamaelia/events");

        var first = await events.UntilAsync(s => Arrived(s, system.Sink) > 0, "the sink receiving ticks");
        var later = await events.UntilAsync(s => Arrived(s, system.Sink) > Arrived(first, system.Sink), "the sink's count moving");

        Assert.Equal("text/event-stream", events.ContentType);
        Assert.Equal(
            [system.Clock.Id, system.Format.Id, system.Sink.Id, system.Pipeline.Id],
            later.Components.Select(c => c.Id));
        Assert.Contains(later.Links, l => l.FromComponent == system.Clock.Id && l.ToComponent == system.Format.Id);
        Assert.True(later.Sequence > first.Sequence);
        Assert.True(Inbox(later, system.Sink).Rate > 0, "the sink's rate should be positive while ticks arrive");
    }

    [Fact]
    public async Task AComponentThatStartsJoinsTheStreamAndOneThatEndsLeavesIt()
    {
        await using var system = new TickingSystem(TimeSpan.FromMilliseconds(50));
        await using var app = await ViewApp.StartAsync(configure: system.ShownEvery(TimeSpan.FromMilliseconds(100)));
        await using var events = await SnapshotEvents.OpenAsync(app.Client, "/kamaelia/events");
        await events.UntilAsync(s => s.Components.Any(c => c.Id == system.Sink.Id), "the system");

        var idle = await system.AddIdleComponentAsync();
        await events.UntilAsync(s => s.Components.Any(c => c.Id == idle.Id), "the new component");
        await system.StopAsync(idle);
        var after = await events.UntilAsync(s => s.Components.All(c => c.Id != idle.Id), "the stopped component gone");

        Assert.Contains(after.Components, c => c.Id == system.Sink.Id);
    }

    [Fact]
    public async Task TheSnapshotEndpointGivesOneSnapshotAsJson()
    {
        await using var system = new TickingSystem();
        await using var app = await ViewApp.StartAsync(configure: options => options.Schedulers = [system.Scheduler]);

        var response = await app.Client.GetAsync("/kamaelia/snapshot");
        var snapshot = JsonSerializer.Deserialize<SystemSnapshot>(await response.Content.ReadAsStringAsync(), SnapshotEvents.Json);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(snapshot);
        Assert.Contains(snapshot.Components, c => c.Id == system.Clock.Id && c.Type == "Clock");
    }

    [Theory]
    [InlineData("/ops/view/", "/ops/view", "/ops/view/events")]
    [InlineData("/", "/", "/events")]
    public async Task ATrailingSlashIsDroppedAndTheRootCanHoldTheView(string pattern, string page, string stream)
    {
        await using var app = await ViewApp.StartAsync(pattern);

        var html = await app.Client.GetStringAsync(page);
        await using var events = await SnapshotEvents.OpenAsync(app.Client, stream);

        Assert.Contains($"data-events=\"{stream}\"", html, StringComparison.Ordinal);
        Assert.NotNull(await events.NextAsync());
    }

    [Fact]
    public async Task StoppingTheApplicationEndsTheStreamsItServes()
    {
        var app = await ViewApp.StartAsync(configure: options => options.Interval = TimeSpan.FromMilliseconds(100));
        await using var events = await SnapshotEvents.OpenAsync(app.Client, "/kamaelia/events");
        Assert.NotNull(await events.NextAsync());

        // Kestrel waits for requests in flight when it stops: an open stream must end by itself for this to be quick.
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await app.App.StopAsync().WaitAsync(Limits.Wait);
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(4), $"Stopping took {stopping.Elapsed}.");
        while (await events.NextAsync() is not null)
        {
            // snapshots sent before the stop; the stream then ends
        }

        await app.DisposeAsync();
    }

    [Theory]
    [InlineData("kamaelia")]
    [InlineData("")]
    [InlineData("/{name}")]
    [InlineData("/view/*")]
    [InlineData("/a b")]
    [InlineData("/view?x=1")]
    [InlineData("/view#top")]
    [InlineData("//")]
    [InlineData("/a//b")]
    [InlineData("/a\\b")]
    public void APatternThatIsNotAPlainPathIsRefusedWhenMapped(string pattern)
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var refused = Assert.Throws<ArgumentException>(() => app.MapKamaeliaView(pattern));

        Assert.Equal("pattern", refused.ParamName);
        Assert.Contains($"'{pattern}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionsThatCannotWorkAreRefusedWhenMapped()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        Assert.Throws<ArgumentNullException>(() => app.MapKamaeliaView(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => app.MapKamaeliaView(configure: o => o.Interval = TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => app.MapKamaeliaView(configure: o => o.TimeProvider = null!));
        Assert.Throws<ArgumentException>(() => app.MapKamaeliaView(configure: o => o.Schedulers = [null!]));
    }

    private static BoxSnapshot Inbox(SystemSnapshot snapshot, Component component) =>
        snapshot.Components.Single(c => c.Id == component.Id).Inboxes.Single(b => b.Name == "inbox");

    private static long Arrived(SystemSnapshot snapshot, Component component) =>
        snapshot.Components.Any(c => c.Id == component.Id) ? Inbox(snapshot, component).Arrived : 0;
}
