using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class PureTransformerTests
{
    [Fact]
    public void EachResultIsSentAndNullResultsAreSkipped()
    {
        var scheduler = new Scheduler();
        var transformer = new PureTransformer(x => (int)x % 2 == 0 ? (int)x * 10 : null);
        var sink = new Collector();
        foreach (var value in new[] { 1, 2, 3, 4 })
        {
            transformer.Deliver(value);
        }

        var finished = new ProducerFinished();
        transformer.Deliver(finished, "control");
        TestSystem.Around(scheduler, transformer, sink);

        scheduler.RunWithin();

        Assert.Equal([20, 40], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwarded()
    {
        var scheduler = new Scheduler();
        var transformer = new PureTransformer(x => x);
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        transformer.Deliver(shutdown, "control");
        TestSystem.Around(scheduler, transformer, sink);

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.True(transformer.IsStopped);
    }

    [Fact]
    public void AControlMessageThatIsNotAShutdownSignalIsIgnored()
    {
        var scheduler = new Scheduler();
        var transformer = new PureTransformer(x => x);
        var sink = new Collector();
        TestSystem.Around(scheduler, transformer, sink);
        transformer.Deliver("just a note", "control");

        scheduler.RunPasses(10);

        Assert.False(transformer.IsStopped);
        Assert.Empty(sink.Controls);
        transformer.Deliver(new ProducerFinished(), "control");
        scheduler.RunWithin();
    }
}
