using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>A handler returning IEnumerable&lt;object?&gt; runs one step per pass, and the next message waits for it.</summary>
public sealed class MultiStepHandlerTests
{
    [Fact]
    public void EachStepOfTheHandlerRunsInItsOwnPassAndTheNextMessageWaitsForTheLast()
    {
        var scheduler = new Scheduler();
        var steps = new ThreeSteps();
        steps.Activate(scheduler);
        steps.Deliver(1, "inbox");
        steps.Deliver(2, "inbox");

        scheduler.RunPass();
        Assert.Equal(["1.0"], steps.Log);
        scheduler.RunPass();
        Assert.Equal(["1.0", "1.1"], steps.Log);

        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["1.0", "1.1", "1.2", "2.0", "2.1", "2.2"], steps.Log);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public void AMultiStepHandlerInAPipelineDeliversInOrder(int? size)
    {
        var source = new CountingSource(20);
        var steps = new ThreeSteps();
        var collector = new SlowCollector();
        Chain.Link(size, source, steps, collector);

        Chain.Run(new Scheduler(), source, steps, collector);

        Assert.Equal(Enumerable.Range(0, 20).SelectMany(n => new[] { n * 10, (n * 10) + 1, (n * 10) + 2 }), collector.Received);
    }

    [Fact]
    public void ShutdownMicroprocessLetsTheMultiStepHandlerFinishItsMessageThenStops()
    {
        var scheduler = new Scheduler();
        var steps = new ThreeSteps();
        var collector = new SlowCollector();
        Chain.Link(null, steps, collector);
        steps.Activate(scheduler);
        collector.Activate(scheduler);
        steps.Deliver(1, "inbox");
        steps.Deliver(2, "inbox");
        scheduler.RunPass();

        var stop = new ShutdownMicroprocess();
        steps.Deliver(stop, "control");
        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["1.0", "1.1", "1.2"], steps.Log);
        Assert.True(steps.IsStopped);
        Assert.Equal([2], steps.Inbox.Peek());
        Assert.Same(stop, collector.Shutdown);
        Assert.Equal([10, 11, 12], collector.Received);
    }
}
