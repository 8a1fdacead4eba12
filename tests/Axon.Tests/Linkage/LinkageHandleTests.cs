using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class LinkageHandleTests
{
    [Fact]
    public void LinkReturnsAHandleDescribingBothEndsAndItsMaker()
    {
        var maker = new Idle();
        var producer = new Idle();
        var consumer = new Idle();

        var link = maker.Link((producer, "signal"), (consumer, "control"));

        Assert.Same(maker, link.Owner);
        Assert.Same(producer, link.Source);
        Assert.Same(consumer, link.Sink);
        Assert.Same(producer.GetOutbox("signal"), link.SourceBox);
        Assert.Same(consumer.GetInbox("control"), link.SinkBox);
        Assert.Equal(Passthrough.None, link.Passthrough);
        Assert.True(link.IsActive);
    }

    [Fact]
    public void TheHandleRecordsWhichKindOfPassthroughItIs()
    {
        var parent = new Idle();
        var child = new Idle();

        var inward = parent.Link((parent, "control"), (child, "control"), Passthrough.Inward);
        var outward = parent.Link((child, "signal"), (parent, "signal"), Passthrough.Outward);

        Assert.Equal(Passthrough.Inward, inward.Passthrough);
        Assert.Same(parent.GetInbox("control"), inward.SourceBox);
        Assert.Equal(Passthrough.Outward, outward.Passthrough);
        Assert.Same(parent.GetOutbox("signal"), outward.SinkBox);
    }

    [Fact]
    public void TheHandleDescribesItselfAsAxonDoes()
    {
        var producer = new Idle();
        var consumer = new Idle();

        var link = producer.Link((producer, "outbox"), (consumer, "inbox"));

        Assert.Equal($"Link( source:[{producer.Name},outbox], sink:[{consumer.Name},inbox] )", link.ToString());
    }

    [Fact]
    public void AHandleIsInactiveOnceItsLinkIsRemoved()
    {
        var producer = new Idle();
        var consumer = new Idle();
        var link = producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Unlink(linkage: link);

        Assert.False(link.IsActive);
        Assert.Empty(producer.Linkages);
        Assert.False(producer.GetOutbox("outbox").IsLinked);
        Assert.False(consumer.GetInbox("inbox").IsLinked);
    }
}
