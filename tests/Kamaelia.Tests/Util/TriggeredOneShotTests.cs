using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class TriggeredOneShotTests
{
    [Fact]
    public void NothingIsSentUntilTheFirstTriggerThenTheMessageAndProducerFinished()
    {
        var scheduler = new Scheduler();
        var shot = new TriggeredOneShot("fired");
        var sink = new Collector();
        TestSystem.Around(scheduler, shot, sink);

        scheduler.RunPasses(10);
        Assert.Empty(sink.Received);
        Assert.False(shot.IsStopped);

        shot.Deliver("trigger");
        shot.Deliver("another trigger");
        scheduler.RunWithin();

        Assert.Equal(["fired"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(shot, signal.Caller);
    }

    [Fact]
    public void AShutdownSignalBeforeTheTriggerEndsItWithoutSending()
    {
        var scheduler = new Scheduler();
        var shot = new TriggeredOneShot("never");
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        shot.Deliver(shutdown, "control");
        TestSystem.Around(scheduler, shot, sink);

        scheduler.RunWithin();

        Assert.Empty(sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }
}
