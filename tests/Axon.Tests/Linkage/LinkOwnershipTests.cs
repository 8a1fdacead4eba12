using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class LinkOwnershipTests
{
    [Fact]
    public void ALinkIsListedOnlyByTheComponentThatMadeIt()
    {
        var maker = new Idle();
        var producer = new Idle();
        var consumer = new Idle();

        var link = maker.Link((producer, "outbox"), (consumer, "inbox"));

        Assert.Equal([link], maker.Linkages);
        Assert.Empty(producer.Linkages);
        Assert.Empty(consumer.Linkages);
    }

    [Fact]
    public void AComponentCannotUnlinkALinkItDidNotMake()
    {
        var maker = new Idle();
        var producer = new Idle();
        var consumer = new Idle();
        var link = maker.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Unlink(linkage: link);
        consumer.Unlink(producer);
        producer.Unlink(consumer);
        producer.UnlinkAll();
        producer.Send("still linked");

        Assert.True(link.IsActive);
        Assert.Equal([link], maker.Linkages);
        Assert.Equal(["still linked"], consumer.DrainAll());
    }

    [Fact]
    public void UnlinkingAComponentRemovesEveryOwnedLinkThatTouchesItAndNoOther()
    {
        var maker = new Idle();
        var a = new Idle();
        var b = new Idle();
        var c = new Idle();
        var into = maker.Link((a, "outbox"), (b, "inbox"));
        var outOf = maker.Link((b, "outbox"), (c, "inbox"));
        var unrelated = maker.Link((a, "signal"), (c, "control"));

        maker.Unlink(b);

        Assert.False(into.IsActive);
        Assert.False(outOf.IsActive);
        Assert.True(unrelated.IsActive);
        Assert.Equal([unrelated], maker.Linkages);
    }

    [Fact]
    public void AComponentThatEndsRemovesTheLinksItMade()
    {
        var maker = new ScriptedComponent(_ => []);
        var producer = new Idle();
        var consumer = new Idle();
        var link = maker.Link((producer, "outbox"), (consumer, "inbox"));
        var scheduler = new Scheduler();
        maker.Activate(scheduler);

        scheduler.RunPasses(3);
        producer.Send("after the maker ended");

        Assert.True(maker.IsStopped);
        Assert.False(link.IsActive);
        Assert.Empty(maker.Linkages);
        Assert.Equal(0, consumer.DataReady());
        Assert.Equal(1, producer.GetOutbox("outbox").Discarded);
    }

    [Fact]
    public void LinksOthersMadeToAComponentSurviveItsEnd()
    {
        var owner = new Idle();
        var ending = new ScriptedComponent(_ => []);
        var consumer = new Idle();
        var link = owner.Link((ending, "outbox"), (consumer, "inbox"));
        var scheduler = new Scheduler();
        ending.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.True(ending.IsStopped);
        Assert.True(link.IsActive);
        Assert.True(ending.GetOutbox("outbox").IsLinked);
    }

    [Fact]
    public void AComponentThatFailsRemovesTheLinksItMade()
    {
        var failing = new ScriptedComponent(Fail);
        var producer = new Idle();
        var consumer = new Idle();
        var link = failing.Link((producer, "outbox"), (consumer, "inbox"));
        var scheduler = new Scheduler { Immortal = true };
        failing.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.True(failing.IsStopped);
        Assert.False(link.IsActive);
        Assert.False(producer.GetOutbox("outbox").IsLinked);

        static IEnumerable<object?> Fail(ScriptedComponent self)
        {
            yield return null;
            throw new InvalidOperationException("boom");
        }
    }

    [Fact]
    public void RemoveChildRemovesTheLinksTheParentMadeToTheChildAndOnlyThose()
    {
        var parent = new Idle();
        var child = new Idle();
        var sibling = new Idle();
        var stranger = new Idle();
        parent.AddChildren(child, sibling);
        var inward = parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);
        var outward = parent.Link((child, "outbox"), (parent, "outbox"), Passthrough.Outward);
        var toSibling = parent.Link((child, "signal"), (sibling, "control"));
        var betweenOthers = parent.Link((sibling, "outbox"), (stranger, "inbox"));
        var strangersLink = stranger.Link((stranger, "signal"), (child, "control"));

        parent.RemoveChild(child);

        Assert.False(inward.IsActive);
        Assert.False(outward.IsActive);
        Assert.False(toSibling.IsActive);
        Assert.True(betweenOthers.IsActive);
        Assert.True(strangersLink.IsActive);
        Assert.Equal([sibling], parent.ChildComponents());
        parent.Deliver("no longer forwarded");
        Assert.Equal(1, parent.DataReady());
        Assert.Equal(0, child.DataReady());
    }
}
