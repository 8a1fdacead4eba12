using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class CollateTests
{
    [Theory]
    [InlineData(nameof(ProducerFinished))]
    [InlineData(nameof(ShutdownMicroprocess))]
    public void EveryMessageIsSentAsOneListBeforeTheShutdownSignal(string signalKind)
    {
        var scheduler = new Scheduler();
        var collate = new Collate();
        var log = new List<object?>();
        var sink = new Collector(log);
        TestSystem.Around(scheduler, collate, sink);
        collate.Deliver(1);
        collate.Deliver("two");
        scheduler.RunPasses(5);
        collate.Deliver(3.0);
        ShutdownSignal signal = signalKind == nameof(ProducerFinished) ? new ProducerFinished() : new ShutdownMicroprocess();
        if (signal is ShutdownMicroprocess)
        {
            // "Stop now": only what was collected before it arrived is in the list.
            scheduler.RunPasses(5);
        }

        collate.Deliver(signal, "control");
        scheduler.RunWithin();

        Assert.Equal(2, log.Count);
        Assert.Equal([1, "two", 3.0], Assert.IsType<object[]>(log[0]));
        Assert.Same(signal, log[1]);
    }

    [Fact]
    public void NothingIsSentBeforeTheEnd()
    {
        var scheduler = new Scheduler();
        var collate = new Collate();
        var sink = new Collector();
        TestSystem.Around(scheduler, collate, sink);
        collate.Deliver("a");

        scheduler.RunPasses(10);

        Assert.Empty(sink.Received);
        collate.Deliver(new ProducerFinished(), "control");
        scheduler.RunWithin();
        Assert.Equal(["a"], Assert.IsType<object[]>(Assert.Single(sink.Received)));
    }
}
