using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util.Streams;

public sealed class LossyConnectorTests
{
    [Fact]
    public void WithRoomEverythingPassesAndNothingIsCountedAsDropped()
    {
        var scheduler = new Scheduler();
        var lossy = new LossyConnector<int>();
        var sink = new Collector();
        lossy.Deliver(1);
        lossy.Deliver(2);
        lossy.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, lossy, sink);

        scheduler.RunWithin();

        Assert.Equal([1, 2], sink.Received);
        Assert.Equal(0, lossy.Dropped);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void AFullDestinationMakesItDropAndCountInsteadOfHoldingTheSenderBack()
    {
        var scheduler = new Scheduler();
        var lossy = new LossyConnector<string>();
        var stuck = new Stubborn();
        stuck.Inbox.SizeLimit = 2;
        new TestSystem(lossy, stuck).Chain(lossy, stuck).Activate(scheduler);
        foreach (var word in new[] { "a", "b", "c", "d", "e" })
        {
            lossy.Deliver(word);
        }

        scheduler.RunUntil(() => lossy.Inbox.Count == 0 && lossy.Dropped == 3);

        Assert.Equal(["a", "b"], stuck.Inbox.Peek());
        Assert.False(lossy.HasHeldMessages);
    }

    [Fact]
    public void TheUntypedConnectorDropsAndCountsTheSameWay()
    {
        var scheduler = new Scheduler();
        var lossy = new LossyConnector();
        var stuck = new Stubborn();
        stuck.Inbox.SizeLimit = 1;
        new TestSystem(lossy, stuck).Chain(lossy, stuck).Activate(scheduler);
        lossy.Deliver("kept");
        lossy.Deliver(2);

        scheduler.RunUntil(() => lossy.Dropped == 1);

        Assert.Equal(["kept"], stuck.Inbox.Peek());
        Assert.Equal(typeof(object), lossy.Outbox.ElementType);
    }
}
