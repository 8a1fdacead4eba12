using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class OneTargetPerBoxTests
{
    [Fact]
    public void ASecondDestinationForTheSameOutboxIsRefused()
    {
        var producer = new Idle();
        var first = new Idle();
        var second = new Idle();
        producer.Link((producer, "outbox"), (first, "inbox"));

        var error = Assert.Throws<BoxAlreadyLinkedToDestinationException>(() => producer.Link((producer, "outbox"), (second, "inbox")));

        Assert.Same(producer.GetOutbox("outbox"), error.Box);
        Assert.Same(first.GetInbox("inbox"), error.ExistingTarget);
        Assert.Same(second.GetInbox("inbox"), error.NewTarget);
        Assert.Contains("Fanout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatingAnIdenticalLinkIsRefused()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        Assert.Throws<BoxAlreadyLinkedToDestinationException>(() => consumer.Link((producer, "outbox"), (consumer, "inbox")));

        producer.Send("once");
        Assert.Equal(["once"], consumer.DrainAll());
        Assert.Single(consumer.GetInbox("inbox").Sources);
    }

    [Fact]
    public void ARefusedLinkIsNotRegisteredAndTheExistingLinkKeepsWorking()
    {
        var producer = new Idle();
        var first = new Idle();
        var second = new Idle();
        var existing = producer.Link((producer, "outbox"), (first, "inbox"));

        Assert.Throws<BoxAlreadyLinkedToDestinationException>(() => producer.Link((producer, "outbox"), (second, "inbox")));
        producer.Send("still to the first");

        Assert.Equal([existing], producer.Linkages);
        Assert.False(second.GetInbox("inbox").IsLinked);
        Assert.Equal(0, second.DataReady());
        Assert.Equal(["still to the first"], first.DrainAll());
    }

    [Fact]
    public void AnInboxThatForwardsCannotForwardToASecondChild()
    {
        var parent = new Idle();
        var first = new Idle();
        var second = new Idle();
        parent.Link((parent, "inbox"), (first, "inbox"), Passthrough.Inward);

        Assert.Throws<BoxAlreadyLinkedToDestinationException>(() => parent.Link((parent, "inbox"), (second, "inbox"), Passthrough.Inward));
    }

    [Fact]
    public void ManySourcesMayFeedOneInbox()
    {
        var consumer = new Idle();
        var producers = Enumerable.Range(0, 5).Select(_ => new Idle()).ToArray();
        foreach (var producer in producers)
        {
            consumer.Link((producer, "outbox"), (consumer, "inbox"));
        }

        for (var i = 0; i < producers.Length; i++)
        {
            producers[i].Send(i);
        }

        Assert.Equal(5, consumer.GetInbox("inbox").Sources.Count);
        Assert.Equal([0, 1, 2, 3, 4], consumer.DrainAll());
    }
}
