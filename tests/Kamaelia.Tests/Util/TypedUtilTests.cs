using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

/// <summary>The generic library components carry their type arguments in their boxes and descriptors.</summary>
public sealed class TypedUtilTests
{
    [Fact]
    public void TheBoxesCarryTheTypeArguments()
    {
        var filter = new Filter<int>(n => n > 0);
        var relay = new PassThrough<string>();
        var transformer = new PureTransformer<int, string>(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(typeof(int), filter.Inbox.ElementType);
        Assert.Equal(typeof(int), filter.Outbox.ElementType);
        Assert.Equal(typeof(string), relay.Outbox.ElementType);
        Assert.Equal(typeof(int), transformer.Inbox.ElementType);
        Assert.Equal(typeof(string), transformer.Outbox.ElementType);
        Assert.Equal(["inbox", "control", "outbox", "signal"], transformer.Descriptor.Boxes.Select(b => b.Name));
        Assert.Equal(typeof(string), PureTransformer<int, string>.Declaration.Boxes.Single(b => b.Name == "outbox").ElementType);
    }

    [Fact]
    public void AValueOfTheWrongTypeIsRefusedWhenDelivered()
    {
        var filter = new Filter<int>(n => n > 0);

        Assert.Throws<BoxTypeMismatchException>(() => filter.Deliver("not a number"));
    }

    [Fact]
    public void TheFilterCountsWhatItRejects()
    {
        var scheduler = new Scheduler();
        var filter = new Filter<int>(n => n > 0);
        var sink = new Support.Collector();
        filter.Deliver(-1);
        filter.Deliver(2);
        filter.Deliver(new ProducerFinished(), "control");
        Support.TestSystem.Around(scheduler, filter, sink);

        Support.SchedulerRuns.RunWithin(scheduler);

        Assert.Equal([2], sink.Received);
        Assert.Equal(1, filter.Rejected);
    }
}
