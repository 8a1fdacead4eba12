using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>
/// Async handlers: one message at a time, continuations on the scheduler's thread, faults seen, cancellation by
/// ShutdownMicroprocess, ProducerFinished after the task in flight.
/// </summary>
public sealed class AsyncHandlerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(3)]
    public void EveryMessageAnAsyncHandlerTakesIsHandledInOrderOneAtATimeOnTheSchedulersThread(int? size)
    {
        var source = new CountingSource(40);
        var doubler = new AsyncDoubler();
        var collector = new SlowCollector();
        Chain.Link(size, source, doubler, collector);

        Chain.Run(new Scheduler(), source, doubler, collector);

        Assert.Equal(Enumerable.Range(0, 40).Select(n => n * 2), collector.Received);
        Assert.IsType<ProducerFinished>(collector.Shutdown);
        Assert.Equal(0, doubler.Overlaps);
        var schedulerThread = Assert.Single(doubler.StepThreads.Distinct());
        Assert.All(doubler.ContinuationThreads, thread => Assert.Equal(schedulerThread, thread));
        Assert.Equal(40, doubler.ContinuationThreads.Count);
    }

    [Fact]
    public void WhileItsTaskRunsTheComponentSleeps()
    {
        var scheduler = new Scheduler();
        var doubler = new AsyncDoubler { Delay = TimeSpan.FromMilliseconds(200) };
        doubler.Activate(scheduler);
        doubler.Deliver(1, "inbox");
        doubler.Deliver(2, "inbox");

        scheduler.RunPass();

        Assert.True(doubler.IsPaused);
        Assert.False(scheduler.HasRunnableComponents);
        Assert.Equal(1, doubler.Inbox.Count);
    }

    [Fact]
    public void ProducerFinishedWaitsForTheTaskInFlightThenTheQueueThenIsForwarded()
    {
        var scheduler = new Scheduler();
        var doubler = new AsyncDoubler { Delay = TimeSpan.FromMilliseconds(20) };
        var collector = new SlowCollector();
        Chain.Link(null, doubler, collector);
        doubler.Deliver(1, "inbox");
        doubler.Deliver(2, "inbox");
        doubler.Deliver(new ProducerFinished(), "control");
        doubler.Deliver(3, "inbox");

        Chain.Run(scheduler, doubler, collector);

        Assert.Equal([2, 4, 6], collector.Received);
        Assert.IsType<ProducerFinished>(collector.Shutdown);
    }

    [Fact]
    public void AValueTaskThatIsAlreadyDoneIsHandledInTheSameStep()
    {
        var scheduler = new Scheduler();
        var relay = new ValueTaskRelay();
        var sink = new Sink();
        var numbers = sink.DeclareInbox<int>("numbers");
        relay.Link(relay.Outbox, numbers);
        relay.Activate(scheduler);
        for (var i = 0; i < 5; i++)
        {
            relay.Deliver(i, "inbox");
        }

        scheduler.RunPass();

        Assert.Equal([0, 1, 2, 3, 4], numbers.Peek());
    }

    [Fact]
    public void AnExceptionAfterAnAwaitFaultsTheComponentAndRunRethrowsIt()
    {
        var source = new CountingSource(10);
        var failing = new FailingAfterAwait(failOn: 3);
        var collector = new SlowCollector();
        Chain.Link(null, source, failing, collector);

        var fault = Assert.Throws<ComponentFaultedException>(() => Chain.Run(new Scheduler(), source, failing, collector));

        Assert.Same(failing, fault.Component);
        Assert.Equal("refused 3", Assert.IsType<InvalidOperationException>(fault.InnerException).Message);
        // The system stopped at the fault: what was handled before it was delivered, collected or not yet.
        Assert.Equal([0, 1, 2], collector.Received.Concat(collector.Inbox.Peek()));
    }

    [Fact]
    public void WithAnImmortalSchedulerTheFaultIsReportedAndTheRestRuns()
    {
        var scheduler = new Scheduler { Immortal = true };
        var failing = new FailingAfterAwait(failOn: 1);
        var collector = new SlowCollector();
        Chain.Link(null, failing, collector);
        failing.Activate(scheduler);
        collector.Activate(scheduler);
        failing.Deliver(0, "inbox");
        failing.Deliver(1, "inbox");
        failing.Deliver(2, "inbox");

        Passes.RunUntilIdle(scheduler);

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(failing, fault.Component);
        Assert.True(failing.IsStopped);
        Assert.False(collector.IsStopped);
        Assert.Equal([0], collector.Received);
        Assert.Equal([2], failing.Inbox.Peek());
    }

    [Fact]
    public void ShutdownMicroprocessCancelsTheTokenWaitsForTheTaskAndForwardsTheSignalWithoutAFault()
    {
        var scheduler = new Scheduler();
        var waiting = new WaitsForCancellation();
        var collector = new SlowCollector();
        Chain.Link(null, waiting, collector);
        waiting.Activate(scheduler);
        collector.Activate(scheduler);
        waiting.Deliver(1, "inbox");
        waiting.Deliver(2, "inbox");
        scheduler.RunPass();
        Assert.True(waiting.Started);

        var stop = new ShutdownMicroprocess();
        waiting.Deliver(stop, "control");
        Chain.Run(scheduler);

        Assert.True(waiting.SawCancellation);
        Assert.Empty(scheduler.Faults);
        Assert.Same(stop, collector.Shutdown);
        Assert.Empty(collector.Received);
        Assert.Equal([2], waiting.Inbox.Peek());
    }
}
