using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class SizeLimitTests
{
    [Fact]
    public void SendingToAFullInboxThrowsNoSpaceInBoxInTheSenderWithLengthAndLimit()
    {
        var (producer, consumer) = Linked();
        consumer.SetInboxSize("inbox", 2);
        producer.Send(1);
        producer.Send(2);

        var error = Assert.Throws<NoSpaceInBoxException>(() => producer.Send(3));

        Assert.Equal(2, error.Length);
        Assert.Equal(2, error.Limit);
        Assert.Same(consumer.GetInbox("inbox"), error.Box);
        Assert.Equal([1, 2], consumer.DrainAll());
    }

    [Fact]
    public void CollectingAMessageMakesRoomForTheNextSend()
    {
        var (producer, consumer) = Linked();
        consumer.SetInboxSize("inbox", 1);
        producer.Send(1);
        Assert.Throws<NoSpaceInBoxException>(() => producer.Send(2));

        consumer.Recv();
        producer.Send(2);

        Assert.Equal([2], consumer.DrainAll());
    }

    [Fact]
    public void AllProducersShareTheLimitOfTheInboxTheyFeed()
    {
        var first = new Idle();
        var second = new Idle();
        var consumer = new Idle();
        consumer.Link((first, "outbox"), (consumer, "inbox"));
        consumer.Link((second, "outbox"), (consumer, "inbox"));
        consumer.SetInboxSize("inbox", 2);

        first.Send("a");
        first.Send("b");

        Assert.Throws<NoSpaceInBoxException>(() => second.Send("c"));
        Assert.Throws<NoSpaceInBoxException>(() => first.Send("d"));
        Assert.Equal(["a", "b"], consumer.DrainAll());
    }

    [Fact]
    public void TheLimitOfTheFinalInboxAppliesToASenderAtTheStartOfAChain()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        child.SetInboxSize("inbox", 1);
        producer.Send(1);

        var error = Assert.Throws<NoSpaceInBoxException>(() => producer.Send(2));

        Assert.Same(child.GetInbox("inbox"), error.Box);
    }

    [Fact]
    public void ALimitOnAnInboxThatForwardsHasNoEffect()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.SetInboxSize("inbox", 1);
        parent.Link((producer, "outbox"), (parent, "inbox"));
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        producer.Send(1);
        producer.Send(2);
        producer.Send(3);

        Assert.Equal([1, 2, 3], child.DrainAll());
    }

    [Fact]
    public void ALimitOnAnInboxThatForwardsTakesEffectOnceItBecomesTheFinalInbox()
    {
        var producer = new Idle();
        var parent = new Idle();
        var child = new Idle();
        parent.SetInboxSize("inbox", 1);
        parent.Link((producer, "outbox"), (parent, "inbox"));
        var forward = parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        producer.Send(1);
        producer.Send(2);

        parent.Unlink(linkage: forward);
        producer.Send(3);

        Assert.Throws<NoSpaceInBoxException>(() => producer.Send(4));
        Assert.Equal([3], parent.DrainAll());
        Assert.Equal([1, 2], child.DrainAll());
    }

    [Fact]
    public void RaisingTheLimitOfAFullInboxLetsMoreSendsSucceed()
    {
        var (producer, consumer) = Linked();
        consumer.SetInboxSize("inbox", 1);
        producer.Send(1);
        Assert.Throws<NoSpaceInBoxException>(() => producer.Send(2));

        consumer.SetInboxSize("inbox", 3);
        producer.Send(2);
        producer.Send(3);

        var error = Assert.Throws<NoSpaceInBoxException>(() => producer.Send(4));
        Assert.Equal(3, error.Limit);
        Assert.Equal([1, 2, 3], consumer.DrainAll());
    }

    [Fact]
    public void RemovingTheLimitLetsAnyNumberOfMessagesThrough()
    {
        var (producer, consumer) = Linked();
        consumer.SetInboxSize("inbox", 1);
        producer.Send(0);

        consumer.SetInboxSize("inbox", null);
        for (var i = 1; i < 1000; i++)
        {
            producer.Send(i);
        }

        Assert.Equal(1000, consumer.DataReady());
        Assert.Null(consumer.GetInbox<object>("inbox").SizeLimit);
    }

    [Fact]
    public void TrySendReturnsFalseAndDeliversNothingWhenTheInboxIsFull()
    {
        var producer = new Typed<object, string>();
        var consumer = new Typed<string, object>();
        producer.Link(producer.Out, consumer.In);
        consumer.In.SizeLimit = 1;

        Assert.True(producer.Out.TrySend("first"));
        Assert.False(producer.Out.TrySend("second"));

        Assert.Equal(["first"], consumer.In.Peek());
        Assert.Equal(0, producer.Out.Discarded);
    }

    [Fact]
    public void IsFullReportsWhetherTheFinalInboxHasReachedItsLimit()
    {
        var producer = new Typed<object, int>();
        var parent = new Typed<int, object>();
        var child = new Typed<int, object>();
        parent.Link(producer.Out, parent.In);
        parent.Link(parent.In, child.In);
        child.In.SizeLimit = 1;
        Assert.False(producer.Out.IsFull);

        producer.Out.Send(1);

        Assert.True(producer.Out.IsFull);
        Assert.True(parent.In.IsFull);
        Assert.True(child.In.IsFull);
        child.In.Recv();
        Assert.False(producer.Out.IsFull);
    }

    [Fact]
    public void AnUnlimitedOrUnlinkedBoxIsNeverFull()
    {
        var component = new Typed<int, int>();
        for (var i = 0; i < 100; i++)
        {
            component.Deliver(i, "inbox");
        }

        Assert.False(component.In.IsFull);
        Assert.False(component.Out.IsFull);
    }

    [Fact]
    public void SetInboxSizeAndSizeLimitAreTheSameSetting()
    {
        var component = new Typed<int, int>();

        component.SetInboxSize("inbox", 5);
        Assert.Equal(5, component.In.SizeLimit);

        component.In.SizeLimit = 0;
        Assert.Throws<NoSpaceInBoxException>(() => component.Deliver(1));
    }

    [Fact]
    public void ANegativeLimitIsRefused()
    {
        var component = new Typed<int, int>();

        Assert.Throws<ArgumentOutOfRangeException>(() => component.SetInboxSize("inbox", -1));
        Assert.Null(component.In.SizeLimit);
    }

    [Fact]
    public void MessagesWaitingInANewSourceMoveOnEvenPastTheNewFinalInboxLimit()
    {
        var parent = new Idle();
        var child = new Idle();
        child.SetInboxSize("inbox", 1);
        parent.Deliver(1);
        parent.Deliver(2);
        parent.Deliver(3);

        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        Assert.Equal(0, parent.DataReady());
        Assert.Equal([1, 2, 3], child.DrainAll());
    }

    private static (Component Producer, Component Consumer) Linked()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        return (producer, consumer);
    }
}
