using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

/// <summary>
/// Who is woken when a message arrives and when it is collected. Each test puts components to sleep on a
/// fresh scheduler, acts from outside, runs one pass and looks at who is awake.
/// </summary>
public sealed class WakeUpTests
{
    [Fact]
    public void AMessageArrivingWakesTheOwnerOfTheInboxAndNobodyElse()
    {
        var producer = new Idle();
        var consumer = new Sleeper();
        var bystander = new Sleeper();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        var scheduler = BoxFixtures.Asleep(consumer, bystander);

        producer.Send("wake up");
        scheduler.RunPass();

        Assert.False(consumer.IsPaused);
        Assert.Equal(2, consumer.Steps);
        Assert.True(bystander.IsPaused);
        Assert.Equal(1, bystander.Steps);
    }

    [Fact]
    public void AMessagePassingThroughAForwardingInboxWakesOnlyTheFinalOwner()
    {
        var producer = new Idle();
        var parent = new Sleeper();
        var child = new Sleeper();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        var scheduler = BoxFixtures.Asleep(parent, child);

        producer.Send("for the child");
        scheduler.RunPass();

        Assert.False(child.IsPaused);
        Assert.True(parent.IsPaused);
    }

    [Fact]
    public void AMessageLeavingThroughAnOutwardChainWakesOnlyTheFinalOwner()
    {
        var child = new Idle();
        var parent = new Sleeper();
        var consumer = new Sleeper();
        parent.Link((child, "outbox"), (parent, "outbox"), Passthrough.Outward);
        parent.Link((parent, "outbox"), (consumer, "inbox"));
        var scheduler = BoxFixtures.Asleep(parent, consumer);

        child.Send("out");
        scheduler.RunPass();

        Assert.False(consumer.IsPaused);
        Assert.True(parent.IsPaused);
    }

    [Fact]
    public void CollectingAMessageWakesTheComponentThatSentIt()
    {
        var producer = new Sleeper();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        var scheduler = BoxFixtures.Asleep(producer);
        producer.Send("made");
        scheduler.RunPass();
        Assert.True(producer.IsPaused);

        consumer.Recv();
        scheduler.RunPass();

        Assert.False(producer.IsPaused);
    }

    [Fact]
    public void CollectingThroughTheTypedApiWakesTheProducerToo()
    {
        var producer = new Sleeper();
        var consumer = new Typed<object, object>();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        var scheduler = BoxFixtures.Asleep(producer);
        producer.Send(1);
        producer.Send(2);

        Assert.True(consumer.In.TryRecv(out _));
        scheduler.RunPass();

        Assert.False(producer.IsPaused);
    }

    [Fact]
    public void CollectingWakesEveryOutboxOwnerUpstreamButNoForwardingInboxOwner()
    {
        var child = new Sleeper();
        var parent = new Sleeper();
        var middle = new Sleeper();
        var inner = new Idle();
        var owner = new Idle();
        owner.Link((child, "outbox"), (parent, "outbox"), Passthrough.Outward);
        owner.Link((parent, "outbox"), (middle, "inbox"));
        owner.Link((middle, "inbox"), (inner, "inbox"), Passthrough.Inward);
        var scheduler = BoxFixtures.Asleep(child, parent, middle);
        child.Send("through everything");

        Assert.Equal("through everything", inner.Recv());
        scheduler.RunPass();

        Assert.False(child.IsPaused);
        Assert.False(parent.IsPaused);
        Assert.True(middle.IsPaused);
    }

    [Fact]
    public void AProducerUnlinkedFromAnInboxIsNoLongerWokenWhenItsMessagesAreCollected()
    {
        var removed = new Sleeper();
        var kept = new Sleeper();
        var consumer = new Idle();
        var removedLink = consumer.Link((removed, "outbox"), (consumer, "inbox"));
        consumer.Link((kept, "outbox"), (consumer, "inbox"));
        var scheduler = BoxFixtures.Asleep(removed, kept);
        removed.Send("from the removed one");

        consumer.Unlink(linkage: removedLink);
        consumer.Recv();
        scheduler.RunPass();

        Assert.True(removed.IsPaused);
        Assert.False(kept.IsPaused);
    }

    [Fact]
    public void AfterUnlinkingAForwardTheProducersFeedingTheNowTerminalInboxAreWokenByItsCollections()
    {
        var producer = new Sleeper();
        var parent = new Idle();
        var child = new Idle();
        parent.Link((producer, "outbox"), (parent, "inbox"));
        var forward = parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        var scheduler = BoxFixtures.Asleep(producer);

        parent.Unlink(linkage: forward);
        producer.Send("kept by the parent");
        parent.Recv();
        scheduler.RunPass();

        Assert.False(producer.IsPaused);
    }

    [Fact]
    public void AProducerLinkedWhileMessagesWaitIsWokenWhenTheyAreCollected()
    {
        var producer = new Sleeper();
        var consumer = new Idle();
        consumer.Deliver("was already here");
        var scheduler = BoxFixtures.Asleep(producer);

        consumer.Link((producer, "outbox"), (consumer, "inbox"));
        consumer.Recv();
        scheduler.RunPass();

        Assert.False(producer.IsPaused);
    }

    [Fact]
    public void MessagesMovedByANewLinkWakeTheOwnerOfTheNewFinalInbox()
    {
        var parent = new Idle();
        var child = new Sleeper();
        var scheduler = BoxFixtures.Asleep(child);
        parent.Deliver("waiting");

        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        scheduler.RunPass();

        Assert.False(child.IsPaused);
        Assert.Equal(["waiting"], child.DrainAll());
    }
}
