using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>A handler component sleeps while nothing it handles is waiting, and wakes when a message arrives.</summary>
public sealed class HandlerPauseTests
{
    [Fact]
    public void AHandlerComponentIsPausedAfterAPassWithNoInput()
    {
        var scheduler = new Scheduler();
        var upper = new Upper();
        upper.Activate(scheduler);

        scheduler.RunPass();

        Assert.True(upper.IsPaused);
        Assert.False(scheduler.HasRunnableComponents);
    }

    [Fact]
    public void ASleepingHandlerComponentWakesWhenAMessageArrivesAndSleepsAgainAfterHandlingIt()
    {
        var scheduler = new Scheduler();
        var feeder = new Feeder();
        var upper = new Upper();
        var sink = new Sink();
        upper.Link(feeder.Outbox, upper.Inbox);
        upper.Link(upper.Outbox, sink.Inbox);
        upper.Activate(scheduler);
        scheduler.RunPass();
        Assert.True(upper.IsPaused);

        feeder.Outbox.Send("wake up");
        Assert.True(scheduler.HasRunnableComponents);
        scheduler.RunPass();

        Assert.True(upper.IsPaused);
        Assert.False(scheduler.HasRunnableComponents);
        Assert.Equal(["WAKE UP"], sink.Inbox.Peek());
    }

    [Fact]
    public void ASleepingHandlerComponentStaysAsleepWhileNothingArrives()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);
        scheduler.RunPass();

        for (var i = 0; i < 5; i++)
        {
            scheduler.RunPass();
        }

        Assert.Equal(["start"], recorder.Log);
        Assert.True(recorder.IsPaused);
    }

    [Fact]
    public void AControlMessageAlsoWakesIt()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);
        Passes.RunUntilIdle(scheduler);
        Assert.True(recorder.IsPaused);

        recorder.Deliver(new ProducerFinished(), "control");
        Passes.RunUntilIdle(scheduler);

        Assert.True(recorder.IsStopped);
    }
}
