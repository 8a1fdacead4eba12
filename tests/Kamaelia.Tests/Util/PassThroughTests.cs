using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class PassThroughTests
{
    [Fact]
    public void MessagesPassUnchangedAndProducerFinishedFollowsTheQueuedOnes()
    {
        var scheduler = new Scheduler();
        var passThrough = new PassThrough();
        var sink = new Collector();
        var payload = new object();
        passThrough.Deliver(payload);
        passThrough.Deliver("text");
        var finished = new ProducerFinished();
        passThrough.Deliver(finished, "control");
        TestSystem.Around(scheduler, passThrough, sink);

        scheduler.RunWithin();

        Assert.Equal([payload, "text"], sink.Received);
        Assert.Same(payload, sink.Received[0]);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedAndEndsIt()
    {
        var scheduler = new Scheduler();
        var passThrough = new PassThrough();
        var sink = new Collector();
        TestSystem.Around(scheduler, passThrough, sink);
        passThrough.Deliver("before");
        scheduler.RunUntil(() => sink.Received.Count == 1);
        var shutdown = new ShutdownMicroprocess();
        passThrough.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.Equal(["before"], sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.True(passThrough.IsStopped);
    }
}
