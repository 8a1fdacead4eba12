using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class MessageRateLimitTests
{
    [Fact]
    public void EveryMessagePassesInOrderAndProducerFinishedFollowsTheLast()
    {
        var scheduler = new Scheduler();
        var limiter = new MessageRateLimit(messagesPerSecond: 2000);
        var sink = new Collector();
        var items = Enumerable.Range(1, 10).Cast<object?>().ToArray();
        foreach (var item in items)
        {
            limiter.Deliver(item);
        }

        var finished = new ProducerFinished();
        limiter.Deliver(finished, "control");
        TestSystem.Around(scheduler, limiter, sink);

        scheduler.RunWithin();

        Assert.Equal(items, sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedWithoutReleasingWhatIsQueued()
    {
        var scheduler = new Scheduler();
        var limiter = new MessageRateLimit(messagesPerSecond: 0.001);
        var sink = new Collector();
        limiter.Deliver("held");
        limiter.Deliver("also held");
        var shutdown = new ShutdownMicroprocess();
        limiter.Deliver(shutdown, "control");
        TestSystem.Around(scheduler, limiter, sink);

        scheduler.RunWithin();

        Assert.Empty(sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }
}
