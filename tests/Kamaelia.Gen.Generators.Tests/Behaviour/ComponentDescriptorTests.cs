using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>The generated, reflection-free descriptor lists what the attributes declare and finds boxes by name.</summary>
public sealed class ComponentDescriptorTests
{
    [Fact]
    public void TheDeclarationListsEveryBoxInDeclarationOrderWithItsDirectionTypeAndDescription()
    {
        var declaration = MyComponent.Declaration;

        Assert.Equal("MyComponent", declaration.ComponentName);
        Assert.Equal(
            [
                ("inbox", BoxDirection.Inbox, typeof(string), "some data in"),
                ("control", BoxDirection.Inbox, typeof(object), "stops the component"),
                ("outbox", BoxDirection.Outbox, typeof(string), "some data out"),
                ("signal", BoxDirection.Outbox, typeof(object), "Shutdown signal"),
            ],
            declaration.Boxes.Select(b => (b.Name, b.Direction, b.ElementType, b.Description)));
        Assert.Equal(["inbox", "control"], declaration.Inboxes.Select(b => b.Name));
        Assert.Equal(["outbox", "signal"], declaration.Outboxes.Select(b => b.Name));
    }

    [Fact]
    public void AnInstancesDescriptorIsItsTypesDeclaration()
    {
        Assert.Same(MyComponent.Declaration, new MyComponent().Descriptor);
        Assert.Same(Upper.Declaration, new Upper().Descriptor);
        Assert.NotSame(MyComponent.Declaration, Upper.Declaration);
    }

    [Fact]
    public void FindInboxAndFindOutboxReturnTheDeclaredBoxOfThatNameAndDirection()
    {
        var declaration = Recorder.Declaration;

        foreach (var box in declaration.Boxes)
        {
            var found = box.Direction == BoxDirection.Inbox ? declaration.FindInbox(box.Name) : declaration.FindOutbox(box.Name);
            Assert.Same(box, found);
        }

        Assert.Null(declaration.FindInbox("outbox"));
        Assert.Null(declaration.FindOutbox("first"));
        Assert.Null(declaration.FindInbox("First"));
        Assert.Null(declaration.FindInbox("third"));
    }

    [Fact]
    public void TheRuntimeBoxesCarryTheDeclaredDescriptions()
    {
        var component = new MyComponent();

        Assert.Equal("some data in", component.Inbox.Description);
        Assert.Equal("stops the component", component.Control.Description);
        Assert.Equal("some data out", component.Outbox.Description);
        Assert.Equal("Shutdown signal", component.Signal.Description);
    }

    [Fact]
    public void AHandWrittenComponentWithoutAttributesHasTheStandardDescriptor()
    {
        var component = new Incrementer();

        Assert.Same(ComponentDescriptor.Standard, component.Descriptor);
        Assert.Equal(["control", "inbox"], component.Inboxes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["outbox", "signal"], component.Outboxes.Keys.Order(StringComparer.Ordinal));
    }
}
