using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class DefaultBoxesTests
{
    [Fact]
    public void AComponentWithoutADeclarationHasAxonsFourStandardUntypedBoxes()
    {
        var component = new Idle();

        Assert.Equal(["control", "inbox"], component.Inboxes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["outbox", "signal"], component.Outboxes.Keys.Order(StringComparer.Ordinal));
        Assert.All(component.Inboxes.Values.Concat(component.Outboxes.Values), box => Assert.Equal(typeof(object), box.ElementType));
        Assert.All(component.Inboxes.Values, box => Assert.Equal(BoxDirection.Inbox, box.Direction));
        Assert.All(component.Outboxes.Values, box => Assert.Equal(BoxDirection.Outbox, box.Direction));
    }

    [Fact]
    public void StandardBoxesBelongToTheirComponentAndCarryTheStandardDescriptions()
    {
        var component = new Idle();

        foreach (var descriptor in ComponentDescriptor.Standard.Boxes)
        {
            var box = descriptor.Direction == BoxDirection.Inbox ? component.GetInbox(descriptor.Name) : component.GetOutbox(descriptor.Name);
            Assert.Same(component, box.Owner);
            Assert.Equal(descriptor.Description, box.Description);
            Assert.False(string.IsNullOrEmpty(box.Description));
        }
    }

    [Fact]
    public void DeclaringBoxesInCreateBoxesReplacesTheDefaults()
    {
        var component = new DeclaresItsOwnBoxes();

        Assert.Equal(["lines"], component.Inboxes.Keys);
        Assert.Equal(["done", "words"], component.Outboxes.Keys.Order(StringComparer.Ordinal));
        Assert.Same(component.Lines, component.GetInbox("lines"));
        Assert.Same(component.Words, component.GetOutbox("words"));
        Assert.Throws<UnknownBoxException>(() => component.DataReady("inbox"));
        Assert.Throws<UnknownBoxException>(() => component.Send("x", "outbox"));
    }

    [Fact]
    public void OverridingTheDescriptorReplacesTheDefaults()
    {
        var component = new Typed<string, int>();

        Assert.Equal(["inbox"], component.Inboxes.Keys);
        Assert.Equal(["outbox"], component.Outboxes.Keys);
        Assert.Equal(typeof(string), component.Inboxes["inbox"].ElementType);
        Assert.Equal(typeof(int), component.Outboxes["outbox"].ElementType);
        Assert.Equal("typed data in", component.Inboxes["inbox"].Description);
        Assert.Throws<UnknownBoxException>(() => component.GetInbox("control"));
        Assert.Throws<UnknownBoxException>(() => component.GetOutbox("signal"));
    }

    [Fact]
    public void DeclaringASecondBoxWithTheSameNameAndDirectionIsRefused()
    {
        var component = new Idle();

        var error = Assert.Throws<DuplicateBoxException>(() => component.DeclareInbox<object>("inbox"));

        Assert.Same(component, error.Component);
        Assert.Equal("inbox", error.BoxName);
        Assert.Contains(component.Name, error.Message, StringComparison.Ordinal);
        Assert.Throws<DuplicateBoxException>(() => component.DeclareOutbox<int>("signal"));
    }

    [Fact]
    public void AnInboxAndAnOutboxMayShareAName()
    {
        var component = new Idle();

        var outbox = component.DeclareOutbox<object>("inbox");

        Assert.Same(outbox, component.GetOutbox("inbox"));
        Assert.NotSame(outbox, component.GetInbox("inbox"));
    }

    [Fact]
    public void AnEmptyBoxNameIsRefused()
    {
        var component = new Idle();

        Assert.Throws<ArgumentException>(() => component.DeclareInbox<object>(""));
        Assert.Throws<ArgumentException>(() => component.AddOutbox<object>(""));
    }

    private sealed class DeclaresItsOwnBoxes : Component
    {
        public Inbox<string> Lines { get; private set; } = null!;

        public Outbox<string> Words { get; private set; } = null!;

        protected override void CreateBoxes()
        {
            Lines = DeclareInbox<string>("lines", "text to split");
            Words = DeclareOutbox<string>("words", "one word per message");
            DeclareOutbox<object>("done");
        }
    }
}
