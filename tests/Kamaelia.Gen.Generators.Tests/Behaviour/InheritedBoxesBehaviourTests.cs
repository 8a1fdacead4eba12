using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>A subclass that only adds handlers keeps its base's boxes, as the analyzers read them.</summary>
public sealed class InheritedBoxesBehaviourTests
{
    [Fact]
    public void TheSubclassHandlesMessagesOnItsBasesTypedBoxes()
    {
        var scheduler = new Scheduler();
        var doubler = new InheritingDoubler();
        var sink = new Sink();
        var numbers = sink.DeclareInbox<int>("numbers");
        doubler.Link(doubler.Outbox, numbers);
        doubler.Activate(scheduler);
        doubler.Deliver(3);
        doubler.Deliver(4);

        Passes.RunUntilIdle(scheduler);

        Assert.Equal(typeof(int), doubler.Inbox.ElementType);
        Assert.Equal(["inbox", "control", "outbox", "signal"], doubler.Descriptor.Boxes.Select(b => b.Name));
        Assert.Equal([6, 8], numbers.Peek());
    }
}
