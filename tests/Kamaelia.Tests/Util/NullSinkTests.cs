using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class NullSinkTests
{
    [Fact]
    public void MessagesAreCountedAndDroppedAndTheShutdownSignalIsForwarded()
    {
        var scheduler = new Scheduler();
        var nullSink = new NullSink();
        var sink = new Collector();
        for (var i = 0; i < 5; i++)
        {
            nullSink.Deliver(i);
        }

        var finished = new ProducerFinished();
        nullSink.Deliver(finished, "control");
        TestSystem.Around(scheduler, nullSink, sink);

        scheduler.RunWithin();

        Assert.Equal(5, nullSink.Count);
        Assert.Empty(sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void AProducerFeedingANullSinkRunsToTheEnd()
    {
        var scheduler = new Scheduler();
        var nullSink = new NullSink();
        var source = new DataSource(Enumerable.Range(0, 100).Cast<object>());
        new TestSystem(source, nullSink).Chain(source, nullSink).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(100, nullSink.Count);
        Assert.True(nullSink.IsStopped);
    }
}
