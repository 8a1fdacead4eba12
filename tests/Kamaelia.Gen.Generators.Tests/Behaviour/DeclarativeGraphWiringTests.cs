using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>A [Graphline] class wires its children as its [Link]s say and runs them with Graphline's semantics.</summary>
public sealed class DeclarativeGraphWiringTests
{
    [Fact]
    public void MessagesSentIntoTheGraphPassThroughItsChildrenInLinkOrderAndLeaveThroughItsOutbox()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var graph = new DoubleThenIncrement();
        var sink = new Sink();
        sink.Link(feeder.Numbers, graph.Inbox);
        sink.Link(graph.Outbox, sink.Anything);
        graph.Activate(scheduler);

        feeder.Numbers.Send(3);
        feeder.Numbers.Send(10);
        Passes.RunUntilIdle(scheduler);

        // Doubled then incremented: 3 * 2 + 1, not (3 + 1) * 2.
        Assert.Equal([7, 21], sink.TakeAnything());
        Assert.Equal([graph.Double, graph.Increment], graph.ChildComponents());
        Assert.False(graph.IsStopped);
    }

    [Fact]
    public void ChildrenHeldInNullablePropertiesAreWiredLikeAnyOther()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var graph = new NullablePair();
        var sink = new Sink();
        sink.Link(feeder.Numbers, graph.Inbox);
        sink.Link(graph.Outbox, sink.Anything);
        graph.Activate(scheduler);

        feeder.Numbers.Send(5);
        Passes.RunUntilIdle(scheduler);

        Assert.Equal([20], sink.TakeAnything());
    }

    [Fact]
    public void ProducerFinishedOnTheGraphsControlReachesEveryChildAndTheGraphSignalsWhenTheyHaveEnded()
    {
        var scheduler = new Scheduler();
        var graph = new DoubleThenIncrement();
        var sink = new Sink();
        sink.Link(graph.Signal, sink.Anything);
        graph.Activate(scheduler);
        Passes.RunUntilIdle(scheduler);

        graph.Deliver(new ProducerFinished(), "control");
        Passes.RunUntilIdle(scheduler);

        Assert.True(graph.Double.IsStopped);
        Assert.True(graph.Increment.IsStopped);
        Assert.True(graph.IsStopped);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.TakeAnything()));
        Assert.Same(graph, signal.Caller);
        Assert.Equal(0, scheduler.ComponentCount);
    }

    [Fact]
    public void ControlIsCopiedOnlyToChildrenWhoseControlNothingLinksTo()
    {
        var scheduler = new Scheduler();
        var graph = new WatchedChain();
        graph.Activate(scheduler);
        Passes.RunUntilIdle(scheduler);
        var status = new Status("hello");

        graph.Deliver(status, "control");
        Passes.RunUntilIdle(scheduler);

        Assert.Equal([status], graph.Front.ControlSeen);
        Assert.Empty(graph.Back.ControlSeen);
        Assert.False(graph.IsStopped);
    }

    [Fact]
    public void AShutdownCascadesAlongTheChildrensSignalLinksAndTheGraphForwardsIt()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var graph = new WatchedChain();
        var sink = new Sink();
        sink.Link(feeder.Numbers, graph.Inbox);
        sink.Link(graph.Outbox, sink.Anything);
        sink.Link(graph.Signal, sink.Anything);
        graph.Activate(scheduler);
        var shutdown = new ShutdownMicroprocess();

        feeder.Numbers.Send(5);
        Passes.RunUntilIdle(scheduler);
        graph.Deliver(shutdown, "control");
        Passes.RunUntilIdle(scheduler);

        Assert.Equal([5, shutdown], sink.TakeAnything());
        Assert.Equal([shutdown], graph.Front.ControlSeen);
        Assert.Equal([shutdown], graph.Back.ControlSeen);
        Assert.True(graph.Front.IsStopped);
        Assert.True(graph.Back.IsStopped);
        Assert.True(graph.IsStopped);
    }
}
