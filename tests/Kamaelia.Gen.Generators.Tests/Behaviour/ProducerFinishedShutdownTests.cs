using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>ProducerFinished on "control": finish the queued work, call OnShutdown, forward the signal, end.</summary>
public sealed class ProducerFinishedShutdownTests
{
    [Fact]
    public void QueuedDataIsHandledThenOnShutdownThenTheSignalIsForwardedThenTheComponentEnds()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        var sink = new Sink();
        sink.Link(recorder.Signal, sink.Anything);
        recorder.Watched = sink.Anything;
        recorder.Activate(scheduler);
        var finished = new ProducerFinished();
        recorder.Deliver(finished, "control");
        recorder.Deliver("late in the queue", "second");
        recorder.Deliver("also queued", "first");

        scheduler.RunPass();

        Assert.Equal(
            ["start", "first also queued", "second late in the queue", "shutdown (watched holds 0)", "closed (watched holds 1)"],
            recorder.Log);
        Assert.Same(finished, Assert.Single(sink.TakeAnything()));
        Assert.True(recorder.IsStopped);
        Assert.Equal(0, scheduler.ComponentCount);
    }

    [Fact]
    public void DataArrivingAfterTheComponentEndedIsNeverHandled()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);
        recorder.Deliver(new ProducerFinished(), "control");
        Passes.RunUntilIdle(scheduler);

        recorder.Deliver("too late", "first");
        scheduler.RunPass();

        Assert.DoesNotContain("first too late", recorder.Log);
        Assert.Equal(1, recorder.DataReady("first"));
    }
}
