using Kamaelia.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Tests.Util;

public sealed class MessageRateLimitTests
{
    [Fact]
    public void MessagesLeaveNoFasterThanTheRateInTheSchedulersTime()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var limiter = new MessageRateLimit(messagesPerSecond: 2);
        var sink = new Collector();
        foreach (var item in new object[] { "a", "b", "c" })
        {
            limiter.Deliver(item);
        }

        TestSystem.Around(scheduler, limiter, sink);
        scheduler.RunPasses(10);
        Assert.Equal(["a"], sink.Received);

        time.Advance(TimeSpan.FromMilliseconds(499));
        scheduler.RunPasses(10);
        Assert.Equal(["a"], sink.Received);

        time.Advance(TimeSpan.FromMilliseconds(1));
        scheduler.RunPasses(10);
        Assert.Equal(["a", "b"], sink.Received);
        Assert.True(limiter.IsPaused, "Between releases it sleeps.");

        time.Advance(TimeSpan.FromMilliseconds(500));
        scheduler.RunPasses(10);
        Assert.Equal(["a", "b", "c"], sink.Received);
    }

    [Fact]
    public void EveryMessagePassesInOrderAndProducerFinishedFollowsTheLast()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler();
        var limiter = new MessageRateLimit(messagesPerSecond: 1, time);
        var sink = new Collector();
        var items = Enumerable.Range(1, 10).Cast<object?>().ToArray();
        foreach (var item in items)
        {
            limiter.Deliver(item);
        }

        var finished = new ProducerFinished();
        limiter.Deliver(finished, "control");
        TestSystem.Around(scheduler, limiter, sink);

        for (var second = 0; second < 10 && sink.Controls.Count == 0; second++)
        {
            scheduler.RunPasses(10);
            Assert.Equal(items.Take(second + 1), sink.Received);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        scheduler.RunWithin();
        Assert.Equal(items, sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedWithoutReleasingWhatIsQueued()
    {
        var scheduler = new Scheduler { TimeProvider = new FakeTimeProvider() };
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
