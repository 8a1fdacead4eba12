using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>ShutdownMicroprocess on "control": stop now, forward the signal, handle no more data.</summary>
public sealed class ShutdownMicroprocessTests
{
    [Fact]
    public void TheSignalIsForwardedAndTheComponentEnds()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        var sink = new Sink();
        sink.Link(recorder.Signal, sink.Anything);
        recorder.Watched = sink.Anything;
        recorder.Activate(scheduler);
        recorder.Deliver("handled", "first");
        Passes.RunUntilIdle(scheduler);
        var shutdown = new ShutdownMicroprocess();

        recorder.Deliver(shutdown, "control");
        scheduler.RunPass();

        Assert.Equal(["start", "first handled", "shutdown (watched holds 0)", "closed (watched holds 1)"], recorder.Log);
        Assert.Same(shutdown, Assert.Single(sink.TakeAnything()));
        Assert.True(recorder.IsStopped);
    }

    [Fact]
    public void DataQueuedBehindTheShutdownIsNotHandled()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);
        Passes.RunUntilIdle(scheduler);

        recorder.Deliver(new ShutdownMicroprocess(), "control");
        recorder.Deliver("after the shutdown", "first");
        recorder.Deliver("also after", "second");
        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["start", "shutdown (watched holds )", "closed (watched holds )"], recorder.Log);
        Assert.True(recorder.IsStopped);
    }
}
