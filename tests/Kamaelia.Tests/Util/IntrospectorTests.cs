using Kamaelia.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Tests.Util;

public sealed class IntrospectorTests
{
    [Fact]
    public void ItReportsDelAllThenTheTopologyThenWhatChanged()
    {
        var scheduler = new Scheduler();
        var introspector = new Introspector();
        var sink = new Collector();
        var doomed = new TriggeredOneShot("bye");
        var system = new TestSystem(introspector, sink, doomed).Chain(introspector, sink);
        system.Activate(scheduler);
        scheduler.RunUntil(() => sink.Received.Count == 2);

        Assert.Equal("DEL ALL\n", sink.Received[0]);
        var first = Lines(sink.Received[1]);
        Assert.Contains($"ADD NODE \"{doomed.Id}\" \"{doomed.Name}\" component", first);
        Assert.Contains($"ADD NODE \"{introspector.Id}.o.outbox\" \"outbox\" outbox", first);
        Assert.Contains($"ADD LINK \"{introspector.Id}.o.outbox\" \"{sink.Id}.i.inbox\"", first);
        Assert.True(LastIndex(first, "ADD NODE") < FirstIndex(first, "ADD LINK"), "Nodes are added before the links between them.");

        doomed.Deliver("trigger");
        scheduler.RunUntil(() => !system.ChildComponents().Contains(doomed));
        introspector.Deliver("report, please");
        scheduler.RunUntil(() => sink.Received.Count == 3);

        var second = Lines(sink.Received[2]);
        Assert.Contains($"DEL NODE \"{doomed.Id}\" \"{doomed.Name}\" component", second);
        Assert.Contains($"DEL LINK \"{doomed.Id}\" \"{doomed.Id}.i.inbox\"", second);
        Assert.DoesNotContain(second, l => l.StartsWith("ADD", StringComparison.Ordinal));
        Assert.True(LastIndex(second, "DEL LINK") < FirstIndex(second, "DEL NODE"), "Links are removed before their nodes.");

        var shutdown = new ShutdownMicroprocess();
        introspector.Deliver(shutdown, "control");
        scheduler.RunWithin();
        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }

    [Fact]
    public void AReportWithNoChangeSendsNothing()
    {
        var scheduler = new Scheduler();
        var introspector = new Introspector();
        var sink = new Collector();
        TestSystem.Around(scheduler, introspector, sink);
        scheduler.RunUntil(() => sink.Received.Count == 2);

        introspector.Deliver("anything new?");
        scheduler.RunPasses(10);

        Assert.Equal(2, sink.Received.Count);
        introspector.Deliver(new ProducerFinished(), "control");
        scheduler.RunWithin();
    }

    [Fact]
    public void WithAnIntervalItReportsChangesEachIntervalOfTheSchedulersTime()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var introspector = new Introspector(TimeSpan.FromMinutes(1));
        var sink = new Collector();
        var doomed = new TriggeredOneShot("bye");
        var system = new TestSystem(introspector, sink, doomed).Chain(introspector, sink);
        system.Activate(scheduler);
        scheduler.RunUntil(() => sink.Received.Count == 2);
        doomed.Deliver("trigger");
        scheduler.RunUntil(() => !system.ChildComponents().Contains(doomed));

        time.Advance(TimeSpan.FromSeconds(59));
        scheduler.RunPasses(10);
        Assert.Equal(2, sink.Received.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        scheduler.RunUntil(() => sink.Received.Count == 3);
        Assert.Contains($"DEL NODE \"{doomed.Id}\" \"{doomed.Name}\" component", Lines(sink.Received[2]));

        introspector.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();
    }

    private static string[] Lines(object? report) => ((string)report!).TrimEnd('\n').Split('\n');

    private static int FirstIndex(string[] lines, string prefix) => Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));

    private static int LastIndex(string[] lines, string prefix) => Array.FindLastIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
}
