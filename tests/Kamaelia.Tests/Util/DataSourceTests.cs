using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class DataSourceTests
{
    [Fact]
    public void ItemsAreSentInOrderThenProducerFinishedNamingTheSource()
    {
        var scheduler = new Scheduler();
        var source = new DataSource(["a", "b", "c"]);
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);

        scheduler.RunWithin();

        Assert.Equal(["a", "b", "c"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(source, signal.Caller);
    }

    [Fact]
    public void AFullDestinationHoldsTheSourceBackWithoutLoss()
    {
        var scheduler = new Scheduler();
        var items = Enumerable.Range(1, 20).Cast<object>().ToArray();
        var source = new DataSource(items) { BatchSize = 5 };
        var sink = new Collector();
        sink.Inbox.SizeLimit = 2;
        TestSystem.Around(scheduler, source, sink);

        scheduler.RunWithin();

        Assert.Equal(items, sink.Received);
        Assert.Equal(2, sink.MostWaiting);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessStopsItEarlyAndIsForwarded()
    {
        var scheduler = new Scheduler();
        var source = new DataSource(Enumerable.Range(1, 1000).Cast<object>());
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        TestSystem.Around(scheduler, source, sink);
        scheduler.RunPasses(5);
        source.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.InRange(sink.Received.Count, 1, 10);
        Assert.Equal(Enumerable.Range(1, sink.Received.Count).Cast<object?>(), sink.Received);
        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }
}
