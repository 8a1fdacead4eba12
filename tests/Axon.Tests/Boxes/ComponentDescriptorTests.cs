namespace Axon.Tests.Boxes;

public sealed class ComponentDescriptorTests
{
    [Fact]
    public void TheStandardDescriptorDeclaresInboxControlOutboxAndSignalInThatOrder()
    {
        var standard = ComponentDescriptor.Standard;

        Assert.Equal(["inbox", "control", "outbox", "signal"], standard.Boxes.Select(b => b.Name));
        Assert.Equal(["inbox", "control"], standard.Inboxes.Select(b => b.Name));
        Assert.Equal(["outbox", "signal"], standard.Outboxes.Select(b => b.Name));
        Assert.All(standard.Boxes, b => Assert.Equal(typeof(object), b.ElementType));
    }

    [Fact]
    public void FindInboxAndFindOutboxLookUpOneDirectionOnly()
    {
        var standard = ComponentDescriptor.Standard;

        Assert.Equal(BoxDirection.Inbox, standard.FindInbox("control")?.Direction);
        Assert.Equal(BoxDirection.Outbox, standard.FindOutbox("signal")?.Direction);
        Assert.Null(standard.FindInbox("signal"));
        Assert.Null(standard.FindOutbox("inbox"));
        Assert.Null(standard.FindInbox("Inbox"));
    }

    [Fact]
    public void ADescriptorSplitsItsBoxesByDirectionKeepingDeclarationOrder()
    {
        var descriptor = new ComponentDescriptor(
            "Splitter",
            [
                BoxDescriptor.Outbox<int>("b"),
                BoxDescriptor.Inbox<string>("z", "last inbox declared first"),
                BoxDescriptor.Outbox<int>("a"),
                BoxDescriptor.Inbox<string>("y"),
            ]);

        Assert.Equal("Splitter", descriptor.ComponentName);
        Assert.Equal(["z", "y"], descriptor.Inboxes.Select(b => b.Name));
        Assert.Equal(["b", "a"], descriptor.Outboxes.Select(b => b.Name));
        Assert.Equal("last inbox declared first", descriptor.FindInbox("z")?.Description);
        Assert.Equal(typeof(int), descriptor.FindOutbox("a")?.ElementType);
    }

    [Fact]
    public void ABoxDescriptorCreatesTheBoxItDescribesOnAComponent()
    {
        var component = new Typed<object, object>();

        var created = BoxDescriptor.Inbox<Guid>("ids", "identifiers").CreateOn(component);

        var inbox = Assert.IsType<Inbox<Guid>>(created);
        Assert.Same(inbox, component.GetInbox<Guid>("ids"));
        Assert.Equal("identifiers", inbox.Description);
        Assert.IsType<Outbox<string>>(BoxDescriptor.Outbox<string>("names").CreateOn(component));
    }

    [Fact]
    public void DescriptorsDescribeThemselvesWithCSharpTypeNames()
    {
        Assert.Equal("inbox lists: List<string>", BoxDescriptor.Inbox<List<string>>("lists").ToString());
        Assert.Equal("outbox counts: int", BoxDescriptor.Outbox<int>("counts").ToString());
        Assert.StartsWith("Component [inbox inbox: object, ", ComponentDescriptor.Standard.ToString(), StringComparison.Ordinal);
    }
}
