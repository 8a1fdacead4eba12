using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class PassthroughChainTests
{
    [Fact]
    public void AMessageSentToAParentInboxArrivesInTheChildInbox()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        producer.Send("for the child");

        Assert.Equal(0, parent.DataReady());
        Assert.Equal(["for the child"], child.DrainAll());
    }

    [Fact]
    public void AMessageSentOnAChildOutboxLeavesThroughTheParentOutbox()
    {
        var parent = new Idle();
        var child = new Idle();
        var consumer = new Idle();
        parent.Link((child, "outbox"), (parent, "outbox"), Passthrough.Outward);
        parent.Link((parent, "outbox"), (consumer, "inbox"));

        child.Send("from the child");

        Assert.Equal(0, parent.GetOutbox("outbox").Discarded);
        Assert.Equal(["from the child"], consumer.DrainAll());
    }

    [Fact]
    public void AChainOfThreeInwardLinksDeliversStraightIntoTheInnermostInbox()
    {
        var producer = new Idle();
        var outer = new Idle();
        var middle = new Idle();
        var inner = new Idle();
        var innermost = new Idle();
        outer.Link((producer, "outbox"), (outer, "inbox"));
        outer.Link((outer, "inbox"), (middle, "inbox"), Passthrough.Inward);
        middle.Link((middle, "inbox"), (inner, "inbox"), Passthrough.Inward);
        inner.Link((inner, "inbox"), (innermost, "inbox"), Passthrough.Inward);

        producer.Send(1);
        producer.Send(2);

        Assert.Equal(0, outer.DataReady() + middle.DataReady() + inner.DataReady());
        Assert.Equal([1, 2], innermost.DrainAll());
        Assert.Same(innermost.GetInbox("inbox"), producer.GetOutbox("outbox").FinalBox);
        Assert.Same(middle.GetInbox("inbox"), outer.GetInbox("inbox").Target);
    }

    [Fact]
    public void AChainOfThreeOutwardLinksDeliversStraightIntoTheFinalInbox()
    {
        var inner = new Idle();
        var middle = new Idle();
        var outer = new Idle();
        var outermost = new Idle();
        var consumer = new Idle();
        var owner = new Idle();
        owner.Link((inner, "signal"), (middle, "signal"), Passthrough.Outward);
        owner.Link((middle, "signal"), (outer, "signal"), Passthrough.Outward);
        owner.Link((outer, "signal"), (outermost, "signal"), Passthrough.Outward);
        owner.Link((outermost, "signal"), (consumer, "control"));

        inner.Send("stop", "signal");

        Assert.Equal(["stop"], consumer.DrainAll("control"));
        Assert.Same(consumer.GetInbox("control"), inner.GetOutbox("signal").FinalBox);
    }

    [Fact]
    public void AChainResolvesTheSameWhicheverEndIsLinkedFirst()
    {
        var producer = new Idle();
        var outer = new Idle();
        var middle = new Idle();
        var inner = new Idle();
        var owner = new Idle();
        owner.Link((middle, "inbox"), (inner, "inbox"), Passthrough.Inward);
        owner.Link((producer, "outbox"), (outer, "inbox"));
        owner.Link((outer, "inbox"), (middle, "inbox"), Passthrough.Inward);

        producer.Send("a");
        outer.Deliver("b");
        middle.Deliver("c");

        Assert.Equal(["a", "b", "c"], inner.DrainAll());
    }

    [Fact]
    public void InwardAndOutwardChainsJoinIntoOnePath()
    {
        var source = new Idle();
        var graph = new Idle();
        var first = new Idle();
        var last = new Idle();
        var sink = new Idle();
        graph.Link((source, "outbox"), (graph, "inbox"));
        graph.Link((graph, "inbox"), (first, "inbox"), Passthrough.Inward);
        graph.Link((first, "outbox"), (last, "inbox"));
        graph.Link((last, "outbox"), (graph, "outbox"), Passthrough.Outward);
        graph.Link((graph, "outbox"), (sink, "inbox"));

        source.Send("in");
        first.Send(first.Recv());
        last.Send(last.Recv());

        Assert.Equal(["in"], sink.DrainAll());
    }

    [Fact]
    public void MessagesWaitingInAParentInboxMoveToTheChildWhenLinked()
    {
        var parent = new Idle();
        var child = new Idle();
        child.Deliver("already in the child");
        parent.Deliver(1);
        parent.Deliver(2);
        parent.Deliver(3);

        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        Assert.Equal(0, parent.DataReady());
        Assert.Equal(["already in the child", 1, 2, 3], child.DrainAll());
    }

    [Fact]
    public void MessagesWaitingInAMiddleInboxMoveToTheEndOfTheChainWhenItIsExtended()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        producer.Send("waiting");

        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        producer.Send("after");

        Assert.Equal(["waiting", "after"], child.DrainAll());
    }

    [Fact]
    public void AnInboxThatForwardsReportsNoWaitingMessages()
    {
        var parent = new Idle();
        var child = new Idle();
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        parent.Deliver("passing through");

        Assert.Equal(0, parent.DataReady());
        Assert.Equal(0, parent.GetInbox("inbox").Count);
        Assert.False(parent.AnyReady());
        Assert.Null(parent.FirstReadyInbox());
        Assert.Equal("inbox", child.FirstReadyInbox());
    }

    [Fact]
    public void AnOutboxHoldsNothingSoASendBeforeLinkingIsNotDeliveredLater()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Send("too early");

        producer.Link((producer, "outbox"), (consumer, "inbox"));

        Assert.Equal(0, consumer.DataReady());
        Assert.Equal(1, producer.GetOutbox("outbox").Discarded);
    }
}
