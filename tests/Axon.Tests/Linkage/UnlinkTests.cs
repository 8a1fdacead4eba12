using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class UnlinkTests
{
    [Fact]
    public void UnlinkingDoesNotMoveDeliveredMessagesBack()
    {
        var parent = new Idle();
        var child = new Idle();
        var forward = parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        parent.Deliver(1);
        parent.Deliver(2);

        parent.Unlink(linkage: forward);

        Assert.Equal(0, parent.DataReady());
        Assert.Equal([1, 2], child.DrainAll());
    }

    [Fact]
    public void SendsAfterUnlinkingLandInTheNowTerminalInboxAndAreKept()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        var forward = parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        producer.Send("before");

        parent.Unlink(linkage: forward);
        producer.Send("after");

        Assert.Equal(["before"], child.DrainAll());
        Assert.Equal(["after"], parent.DrainAll());
        Assert.Same(parent.GetInbox("inbox"), producer.GetOutbox("outbox").FinalBox);
    }

    [Fact]
    public void SendsAfterUnlinkingTheEndOfAnOutwardChainAreDiscarded()
    {
        var parent = new Idle();
        var child = new Idle();
        var consumer = new Idle();
        parent.Link((child, "outbox"), (parent, "outbox"), Passthrough.Outward);
        var onward = parent.Link((parent, "outbox"), (consumer, "inbox"));
        child.Send("before");

        parent.Unlink(linkage: onward);
        child.Send("after");
        parent.Link((parent, "outbox"), (consumer, "inbox"));

        Assert.Equal(["before"], consumer.DrainAll());
        Assert.Equal(1, child.GetOutbox("outbox").Discarded + parent.GetOutbox("outbox").Discarded);
    }

    [Fact]
    public void UnlinkingTheFirstLinkOfAChainLeavesTheRestOfTheChainWorking()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        var feed = parent.Link((producer, "outbox"), (parent, "inbox"));
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        parent.Unlink(linkage: feed);
        producer.Send("nowhere");
        parent.Deliver("still forwarded");

        Assert.Equal(1, producer.GetOutbox("outbox").Discarded);
        Assert.Equal(["still forwarded"], child.DrainAll());
    }

    [Fact]
    public void AnUnlinkedBoxMayBeLinkedToANewDestination()
    {
        var producer = new Idle();
        var first = new Idle();
        var second = new Idle();
        var link = producer.Link((producer, "outbox"), (first, "inbox"));

        producer.Unlink(linkage: link);
        producer.Link((producer, "outbox"), (second, "inbox"));
        producer.Send("to the second");

        Assert.Equal(0, first.DataReady());
        Assert.Equal(["to the second"], second.DrainAll());
    }

    [Fact]
    public void UnlinkAllRemovesEveryLinkTheComponentOwns()
    {
        var owner = new Idle();
        var a = new Idle();
        var b = new Idle();
        var links = new[]
        {
            owner.Link((a, "outbox"), (b, "inbox")),
            owner.Link((b, "signal"), (a, "control")),
            owner.Link((owner, "inbox"), (a, "inbox"), Passthrough.Inward),
        };

        owner.UnlinkAll();
        a.Send("dropped");

        Assert.Empty(owner.Linkages);
        Assert.All(links, link => Assert.False(link.IsActive));
        Assert.Equal(1, a.GetOutbox("outbox").Discarded);
        Assert.All(new[] { owner, a, b }.SelectMany(c => c.Inboxes.Values.Concat(c.Outboxes.Values)), box => Assert.False(box.IsLinked));
    }

    [Fact]
    public void UnlinkingALinkThatWasAlreadyRemovedIsIgnored()
    {
        var producer = new Idle();
        var consumer = new Idle();
        var link = producer.Link((producer, "outbox"), (consumer, "inbox"));
        producer.Unlink(linkage: link);
        var replacement = producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Unlink(linkage: link);
        producer.Send("kept");

        Assert.True(replacement.IsActive);
        Assert.Equal(["kept"], consumer.DrainAll());
    }
}
