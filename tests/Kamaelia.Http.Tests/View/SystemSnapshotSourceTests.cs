using Kamaelia.Chassis;
using Kamaelia.Http.View;
using Kamaelia.Util;

namespace Kamaelia.Http.Tests.View;

public sealed class SystemSnapshotSourceTests
{
    [Fact]
    public async Task ARunningPipelineShowsItsComponentsTheirBoxesAndTheLinksBetweenThem()
    {
        await using var system = new TickingSystem();
        var source = new SystemSnapshotSource([system.Scheduler]);

        // The first reading is numbered 1; it may come before the Pipeline has activated its stages, so the
        // components are read from the first one that holds all four.
        Assert.Equal(1, (await source.CaptureAsync().WaitAsync(Limits.Wait)).Sequence);
        var snapshot = await Limits.UntilAsync(() => source.CaptureAsync(), s => s.Components.Count == 4, "the pipeline's four components");

        Assert.Equal(
            [(system.Clock.Id, "Clock", system.Pipeline.Id), (system.Format.Id, "Transformer<long, string>", system.Pipeline.Id), (system.Sink.Id, "NullSink", system.Pipeline.Id), (system.Pipeline.Id, "Pipeline", (int?)null)],
            snapshot.Components.Select(c => (c.Id, c.Type, c.ParentId)));
        var format = snapshot.Components.Single(c => c.Id == system.Format.Id);
        Assert.Equal(["inbox", "control"], format.Inboxes.Select(b => b.Name));
        Assert.Equal(["outbox", "signal"], format.Outboxes.Select(b => b.Name));
        Assert.Contains(new LinkSnapshot(system.Clock.Id, "outbox", BoxDirection.Outbox, system.Format.Id, "inbox", BoxDirection.Inbox), snapshot.Links);
        Assert.Contains(new LinkSnapshot(system.Format.Id, "outbox", BoxDirection.Outbox, system.Sink.Id, "inbox", BoxDirection.Inbox), snapshot.Links);
        // The Pipeline's own inbox passes what it is given on to its first stage.
        Assert.Contains(new LinkSnapshot(system.Pipeline.Id, "inbox", BoxDirection.Inbox, system.Clock.Id, "inbox", BoxDirection.Inbox), snapshot.Links);
    }

    [Fact]
    public async Task ComponentsNestedInAGraphlineNameTheComponentThatHoldsThem()
    {
        var clock = new Clock(TimeSpan.FromMilliseconds(10));
        var format = new Transformer<long, string>(n => $"tick {n}");
        var ticks = new Pipeline(clock, format);
        var sink = new NullSink();
        var graph = new Graphline(
            components: new() { ["TICKS"] = ticks, ["SINK"] = sink },
            linkages: new() { [("TICKS", "outbox")] = ("SINK", "inbox") });
        var scheduler = new Scheduler { ShutdownGracePeriod = TimeSpan.FromSeconds(2) };
        using var stop = new CancellationTokenSource();
        var run = graph.RunAsync(scheduler, stop.Token);
        var source = new SystemSnapshotSource([scheduler]);

        var snapshot = await Limits.UntilAsync(() => source.CaptureAsync(), s => s.Components.Count == 5, "the graph's five components");
        await stop.CancelAsync();
        await run.WaitAsync(Limits.Wait);

        var parents = snapshot.Components.ToDictionary(c => c.Id, c => c.ParentId);
        Assert.Null(parents[graph.Id]);
        Assert.Equal(graph.Id, parents[ticks.Id]);
        Assert.Equal(graph.Id, parents[sink.Id]);
        Assert.Equal(ticks.Id, parents[clock.Id]);
        Assert.Equal(ticks.Id, parents[format.Id]);
        // The Pipeline's last stage leaves through the Pipeline's outbox, which the Graphline links to the sink.
        Assert.Contains(new LinkSnapshot(format.Id, "outbox", BoxDirection.Outbox, ticks.Id, "outbox", BoxDirection.Outbox), snapshot.Links);
        Assert.Contains(new LinkSnapshot(ticks.Id, "outbox", BoxDirection.Outbox, sink.Id, "inbox", BoxDirection.Inbox), snapshot.Links);
    }

    [Fact]
    public async Task ArrivalsAreTotalledAndTurnedIntoARateOverTheTimeBetweenSnapshots()
    {
        var time = new ManualTime();
        var scheduler = new Scheduler();
        var sink = new NullSink();
        sink.Activate(scheduler);
        scheduler.RunPass();
        var source = new SystemSnapshotSource([scheduler], time);

        var first = Inbox(await CaptureWhileSteppingAsync(source, scheduler), sink);
        for (var i = 0; i < 10; i++)
        {
            sink.Deliver(i);
        }

        time.Advance(TimeSpan.FromSeconds(2));
        var second = Inbox(await CaptureWhileSteppingAsync(source, scheduler), sink);
        sink.Deliver("one more");
        time.Advance(TimeSpan.FromSeconds(4));
        var third = Inbox(await CaptureWhileSteppingAsync(source, scheduler), sink);

        Assert.Equal((0L, 0.0), (first.Arrived, first.Rate));
        Assert.Equal((10L, 5.0), (second.Arrived, second.Rate));
        Assert.Equal((11L, 0.25), (third.Arrived, third.Rate));
    }

    [Fact]
    public async Task MessagesWaitingShowAsTheInboxsDepth()
    {
        var scheduler = new Scheduler();
        var sink = new NullSink();
        sink.Activate(scheduler);
        scheduler.RunPass();
        var source = new SystemSnapshotSource([scheduler]);

        // The reading runs at the start of the pass, before the sink's step takes the three.
        sink.Deliver(1);
        sink.Deliver(2);
        sink.Deliver(3);
        var inbox = Inbox(await CaptureWhileSteppingAsync(source, scheduler), sink);

        Assert.Equal(3, inbox.Depth);
        Assert.False(inbox.Full);
    }

    [Fact]
    public async Task AComponentThatEndsIsNotInTheNextSnapshot()
    {
        var scheduler = new Scheduler();
        var stays = new NullSink();
        var leaves = new NullSink();
        stays.Activate(scheduler);
        leaves.Activate(scheduler);
        scheduler.RunPass();
        var source = new SystemSnapshotSource([scheduler]);

        var before = await CaptureWhileSteppingAsync(source, scheduler);
        leaves.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunPass();
        var after = await CaptureWhileSteppingAsync(source, scheduler);

        Assert.Equal([stays.Id, leaves.Id], before.Components.Select(c => c.Id));
        Assert.True(leaves.IsStopped);
        Assert.Equal([stays.Id], after.Components.Select(c => c.Id));
        Assert.Equal(before.Sequence + 1, after.Sequence);
    }

    [Fact]
    public async Task ASchedulerThatRunsNoPassIsLeftOutUntilItAnswersAndIsAskedOnlyOnce()
    {
        var scheduler = new Scheduler();
        var sink = new NullSink();
        sink.Activate(scheduler);
        scheduler.RunPass();
        var source = new SystemSnapshotSource([scheduler], readTimeout: TimeSpan.FromMilliseconds(50));

        var unanswered = await source.CaptureAsync().WaitAsync(Limits.Wait);
        var stillUnanswered = await source.CaptureAsync().WaitAsync(Limits.Wait);
        // One pass answers the one request still waiting; the next snapshot finds its answer.
        scheduler.RunPass();
        var answered = await source.CaptureAsync().WaitAsync(Limits.Wait);

        Assert.Empty(unanswered.Components);
        Assert.Empty(stillUnanswered.Components);
        Assert.Equal([sink.Id], answered.Components.Select(c => c.Id));
    }

    [Fact]
    public async Task WithoutSchedulersNamedEveryLiveSchedulerIsShown()
    {
        await using var first = new TickingSystem();
        await using var second = new TickingSystem();

        var snapshot = await new SystemSnapshotSource().CaptureAsync().WaitAsync(Limits.Wait);

        var ids = snapshot.Components.Select(c => c.Id).ToHashSet();
        Assert.Contains(first.Clock.Id, ids);
        Assert.Contains(second.Clock.Id, ids);
    }

    [Fact]
    public void ANullSchedulerOrANonPositiveTimeoutIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new SystemSnapshotSource([new Scheduler(), null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SystemSnapshotSource(readTimeout: TimeSpan.Zero));
    }

    private static BoxSnapshot Inbox(SystemSnapshot snapshot, Component component, string name = "inbox") =>
        snapshot.Components.Single(c => c.Id == component.Id).Inboxes.Single(b => b.Name == name);

    /// <summary>
    /// Takes a snapshot of a scheduler the test steps itself: the reading is answered at the start of the next pass (so
    /// it sees components activated before the previous pass).
    /// </summary>
    private static async Task<SystemSnapshot> CaptureWhileSteppingAsync(SystemSnapshotSource source, Scheduler scheduler)
    {
        var capture = source.CaptureAsync();
        var deadline = DateTime.UtcNow + Limits.Wait;
        while (!capture.IsCompleted && DateTime.UtcNow < deadline)
        {
            scheduler.RunPass();
            await Task.Delay(5);
        }

        return await capture.WaitAsync(Limits.Wait);
    }
}
