using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class TransformerTests
{
    [Fact]
    public void TypedValuesAreTransformedInOrderAndProducerFinishedFollowsThem()
    {
        var scheduler = new Scheduler();
        var transformer = new Transformer<int, string>(n => new string('*', n));
        var sink = new Collector();
        transformer.Deliver(1);
        transformer.Deliver(3);
        var finished = new ProducerFinished();
        transformer.Deliver(finished, "control");
        TestSystem.Around(scheduler, transformer, sink);

        scheduler.RunWithin();

        Assert.Equal(["*", "***"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void TheBoxesCarryTheDeclaredTypes()
    {
        var transformer = new Transformer<int, string>(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(typeof(int), transformer.Inbox.ElementType);
        Assert.Equal(typeof(string), transformer.Outbox.ElementType);
        Assert.Throws<BoxTypeMismatchException>(() => transformer.Deliver("not an int"));
        Assert.Equal(["inbox", "control", "outbox", "signal"], transformer.Descriptor.Boxes.Select(b => b.Name));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwarded()
    {
        var scheduler = new Scheduler();
        var transformer = new Transformer<int, int>(n => n);
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        TestSystem.Around(scheduler, transformer, sink);
        scheduler.RunPasses(5);
        transformer.Deliver(shutdown, "control");

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
    }
}
