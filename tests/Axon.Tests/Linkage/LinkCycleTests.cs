using Axon.Tests.Boxes;
using Axon.Tests.Support;

namespace Axon.Tests.Linkage;

public sealed class LinkCycleTests
{
    [Fact]
    public void AnInboxForwardedToItselfIsRefused()
    {
        var component = new Idle();

        var error = Assert.Throws<LinkCycleException>(() => component.Link((component, "inbox"), (component, "inbox"), Passthrough.Inward));

        Assert.Same(component.GetInbox("inbox"), error.SourceBox);
        Assert.Same(component.GetInbox("inbox"), error.TargetBox);
        Assert.Empty(component.Linkages);
    }

    [Fact]
    public void TwoInboxesForwardingToEachOtherAreRefused()
    {
        var a = new Idle();
        var b = new Idle();
        a.Link((a, "inbox"), (b, "inbox"), Passthrough.Inward);

        var error = Assert.Throws<LinkCycleException>(() => b.Link((b, "inbox"), (a, "inbox"), Passthrough.Inward));

        Assert.Contains(a.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(b.Name, error.Message, StringComparison.Ordinal);
        Assert.Empty(b.Linkages);
    }

    [Fact]
    public void ALongerCycleOfOutwardLinksIsRefusedAndTheChainStaysAsItWas()
    {
        var a = new Idle();
        var b = new Idle();
        var c = new Idle();
        var sink = new Idle();
        var owner = new Idle();
        owner.Link((a, "outbox"), (b, "outbox"), Passthrough.Outward);
        owner.Link((b, "outbox"), (c, "outbox"), Passthrough.Outward);

        Assert.Throws<LinkCycleException>(() => owner.Link((c, "outbox"), (a, "outbox"), Passthrough.Outward));
        owner.Link((c, "outbox"), (sink, "inbox"));
        a.Send("through the chain");

        Assert.Equal(3, owner.Linkages.Count);
        Assert.Equal(["through the chain"], sink.DrainAll());
    }
}
