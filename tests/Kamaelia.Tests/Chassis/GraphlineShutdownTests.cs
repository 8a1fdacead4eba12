using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class GraphlineShutdownTests
{
    [Fact]
    public void ControlIsCopiedToEveryChildWithNoControlLinkAndANewProducerFinishedFollows()
    {
        var scheduler = new Scheduler();
        var relay = new PassThrough();
        var linked = new Collector();
        var unlinked = new Collector();
        var graph = new Graphline(
            components: new() { ["RELAY"] = relay, ["LINKED"] = linked, ["UNLINKED"] = unlinked },
            linkages: new()
            {
                [("RELAY", "outbox")] = ("LINKED", "inbox"),
                [("RELAY", "signal")] = ("LINKED", "control"),
            });
        var sink = new Collector();
        TestSystem.Around(scheduler, graph, sink);
        var finished = new ProducerFinished();
        graph.Deliver(finished, "control");

        scheduler.RunWithin();

        // LINKED is controlled by RELAY, so it hears the message once, through RELAY, not from the Graphline too.
        Assert.Same(finished, Assert.Single(linked.Controls));
        Assert.Same(finished, Assert.Single(unlinked.Controls));
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.NotSame(finished, signal);
        Assert.Same(graph, signal.Caller);
    }

    [Fact]
    public void TheShutdownMicroprocessReceivedIsWhatTheGraphlineSendsWhenItsChildrenHaveEnded()
    {
        var scheduler = new Scheduler();
        var graph = new Graphline(
            components: new() { ["A"] = new PassThrough(), ["B"] = new Collector() },
            linkages: new() { [("A", "outbox")] = ("B", "inbox") });
        var sink = new Collector();
        TestSystem.Around(scheduler, graph, sink);
        var shutdown = new ShutdownMicroprocess();
        graph.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.All(graph.Components.Values, c => Assert.True(c.IsStopped));
    }

    [Fact]
    public void TheGraphlineSignalsOnlyAfterAllChildrenHaveEnded()
    {
        var scheduler = new Scheduler();
        var stubborn = new Stubborn();
        var graph = new Graphline(
            components: new() { ["QUICK"] = new PassThrough(), ["STUBBORN"] = stubborn },
            linkages: []);
        var sink = new Collector();
        TestSystem.Around(scheduler, graph, sink);
        graph.Deliver(new ProducerFinished(), "control");

        scheduler.RunPasses(50);

        Assert.True(graph.Components["QUICK"].IsStopped);
        Assert.Empty(sink.Controls);
        stubborn.Stop();
        scheduler.RunWithin();
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void WithASignalPassthroughTheGraphlineEmitsNothingOfItsOwn()
    {
        var scheduler = new Scheduler();
        var source = new DataSource([7]);
        var graph = new Graphline(
            components: new() { ["SOURCE"] = source },
            linkages: new()
            {
                [("SOURCE", "outbox")] = ("self", "outbox"),
                [("SOURCE", "signal")] = ("self", "signal"),
            });
        var sink = new Collector();
        TestSystem.Around(scheduler, graph, sink);

        scheduler.RunWithin();

        Assert.Equal([7], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(source, signal.Caller);
    }

    [Fact]
    public void WithAControlPassthroughControlGoesOnlyWhereTheLinkageSays()
    {
        var scheduler = new Scheduler();
        var controlled = new Collector();
        var other = new PassThrough();
        var graph = new Graphline(
            components: new() { ["CONTROLLED"] = controlled, ["OTHER"] = other },
            linkages: new() { [("self", "control")] = ("CONTROLLED", "control") });
        graph.Deliver(new ShutdownMicroprocess(), "control");
        graph.Activate(scheduler);

        scheduler.RunUntil(() => controlled.IsStopped);
        scheduler.RunPasses(20);

        Assert.False(other.IsStopped);
        other.Stop();
        scheduler.RunWithin();
        Assert.True(graph.IsStopped);
    }
}
