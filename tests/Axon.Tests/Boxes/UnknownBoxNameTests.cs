using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class UnknownBoxNameTests
{
    [Fact]
    public void SendingOnAnUnknownOutboxNamesTheComponentTheBoxAndTheValidNames()
    {
        var component = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => component.Send("x", "outbx"));

        Assert.Same(component, error.Component);
        Assert.Equal("outbx", error.BoxName);
        Assert.Equal(BoxDirection.Outbox, error.Direction);
        Assert.Contains(component.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("'outbx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'outbox'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'signal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivingFromAnUnknownInboxNamesTheValidInboxes()
    {
        var component = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => component.Recv("inbx"));

        Assert.Equal(BoxDirection.Inbox, error.Direction);
        Assert.Contains("'inbox'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'control'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'signal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryNamedBoxOperationChecksTheName()
    {
        var component = new Idle();

        Assert.Throws<UnknownBoxException>(() => component.DataReady("nope"));
        Assert.Throws<UnknownBoxException>(() => component.TryRecv("nope", out _));
        Assert.Throws<UnknownBoxException>(() => component.Deliver(1, "nope"));
        Assert.Throws<UnknownBoxException>(() => component.SetInboxSize("nope", 1));
    }

    [Fact]
    public void SendingOnAnInboxSaysThatItIsAnInbox()
    {
        var component = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => component.Send("x", "control"));

        Assert.Contains("'control' is an inbox", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivingFromAnOutboxSaysThatItIsAnOutbox()
    {
        var component = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => component.Recv("signal"));

        Assert.Contains("'signal' is an outbox", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkingFromAnInboxWithoutPassthroughSuggestsAnInwardPassthrough()
    {
        var parent = new Idle();
        var child = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => parent.Link((parent, "inbox"), (child, "inbox")));

        Assert.Same(parent, error.Component);
        Assert.Equal(BoxDirection.Outbox, error.Direction);
        Assert.Contains("Passthrough.Inward", error.Message, StringComparison.Ordinal);
        Assert.Empty(parent.Linkages);
    }

    [Fact]
    public void LinkingToAnOutboxWithoutPassthroughSuggestsAnOutwardPassthrough()
    {
        var parent = new Idle();
        var child = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => parent.Link((child, "outbox"), (parent, "outbox")));

        Assert.Same(parent, error.Component);
        Assert.Equal(BoxDirection.Inbox, error.Direction);
        Assert.Contains("Passthrough.Outward", error.Message, StringComparison.Ordinal);
        Assert.False(child.GetOutbox("outbox").IsLinked);
    }

    [Fact]
    public void LinkingAnUnknownBoxNamesTheComponentThatLacksIt()
    {
        var source = new Idle();
        var sink = new Idle();

        var error = Assert.Throws<UnknownBoxException>(() => source.Link((source, "outbox"), (sink, "data")));

        Assert.Same(sink, error.Component);
        Assert.Equal("data", error.BoxName);
        Assert.False(source.GetOutbox("outbox").IsLinked);
    }
}
