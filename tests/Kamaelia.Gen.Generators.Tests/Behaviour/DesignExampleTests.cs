using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>The two components of DESIGN.md §2 run as written.</summary>
public sealed class DesignExampleTests
{
    [Fact]
    public void MyComponentPassesLinesOnAndStopsOnProducerFinished()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var component = new MyComponent();
        var sink = new Sink();
        sink.Link(feeder.Outbox, component.Inbox);
        sink.Link(feeder.Signal, component.Control);
        sink.Link(component.Outbox, sink.Inbox);
        sink.Link(component.Signal, sink.Anything);
        component.Activate(scheduler);

        feeder.Outbox.Send("hello");
        feeder.Outbox.Send("world");
        Passes.RunUntilIdle(scheduler);
        Assert.True(component.IsPaused);
        feeder.Signal.Send(new ProducerFinished());
        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["hello", "world"], [sink.Inbox.Recv(), sink.Inbox.Recv()]);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.TakeAnything()));
        Assert.True(component.IsStopped);
    }

    [Fact]
    public void UpperUppercasesEachLineAndForwardsTheShutdownSignal()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var upper = new Upper();
        var sink = new Sink();
        sink.Link(feeder.Outbox, upper.Inbox);
        sink.Link(feeder.Signal, upper.Control);
        sink.Link(upper.Outbox, sink.Inbox);
        sink.Link(upper.Signal, sink.Anything);
        upper.Activate(scheduler);
        var finished = new ProducerFinished();

        feeder.Outbox.Send("shout");
        feeder.Outbox.Send("Louder");
        feeder.Signal.Send(finished);
        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["SHOUT", "LOUDER"], [sink.Inbox.Recv(), sink.Inbox.Recv()]);
        Assert.Same(finished, Assert.Single(sink.TakeAnything()));
        Assert.True(upper.IsStopped);
        Assert.Equal(0, scheduler.ComponentCount);
    }
}
