using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util.Streams;

public sealed class OnDemandLimitTests
{
    [Fact]
    public void EachRequestReleasesOneValue()
    {
        var scheduler = new Scheduler();
        var limit = new OnDemandLimit<int>();
        var sink = new Collector();
        TestSystem.Around(scheduler, limit, sink);
        limit.Deliver(1);
        limit.Deliver(2);
        limit.Deliver(3);
        scheduler.RunPasses(10);
        Assert.Empty(sink.Received);

        limit.Deliver("next", "slidenext");
        scheduler.RunUntil(() => sink.Received.Count == 1);
        scheduler.RunPasses(10);
        Assert.Equal([1], sink.Received);

        limit.Deliver("next", "slidenext");
        limit.Deliver("next", "slidenext");
        scheduler.RunUntil(() => sink.Received.Count == 3);
        Assert.Equal([1, 2, 3], sink.Received);
        Assert.Equal(0, limit.PendingRequests);
    }

    [Fact]
    public void ARequestWithNothingWaitingIsKeptForTheNextValue()
    {
        var scheduler = new Scheduler();
        var limit = new OnDemandLimit<string>();
        var sink = new Collector();
        TestSystem.Around(scheduler, limit, sink);
        limit.Deliver(new object(), "slidenext");
        scheduler.RunUntil(() => limit.PendingRequests == 1);

        limit.Deliver("late");
        scheduler.RunUntil(() => sink.Received.Count == 1);

        Assert.Equal(["late"], sink.Received);
        Assert.Equal(0, limit.PendingRequests);
    }

    [Fact]
    public void ProducerFinishedWaitsUntilTheQueuedValuesHaveBeenAskedFor()
    {
        var scheduler = new Scheduler();
        var limit = new OnDemandLimit<int>();
        var sink = new Collector();
        TestSystem.Around(scheduler, limit, sink);
        limit.Deliver(1);
        limit.Deliver(2);
        var finished = new ProducerFinished();
        limit.Deliver(finished, "control");
        scheduler.RunPasses(10);
        Assert.Empty(sink.Controls);
        Assert.False(limit.IsStopped);

        limit.Deliver("next", "slidenext");
        limit.Deliver("next", "slidenext");
        scheduler.RunWithin();

        Assert.Equal([1, 2], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamStopsWithValuesUnsent()
    {
        var scheduler = new Scheduler();
        var limit = new OnDemandLimit<int>();
        var sink = new Collector();
        TestSystem.Around(scheduler, limit, sink);
        limit.Deliver(1);
        limit.Deliver(2);
        limit.Deliver("next", "slidenext");
        scheduler.RunUntil(() => sink.Received.Count == 1);
        var stop = new ShutdownMicroprocess();
        limit.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Equal([1], sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.Equal(1, limit.Inbox.Count);
    }

    [Fact]
    public void AValueOfTheWrongTypeIsRefused()
    {
        Assert.Throws<BoxTypeMismatchException>(() => new OnDemandLimit<int>().Deliver("one"));
    }
}
