namespace Axon.Tests.Boxes;

public sealed class TypedBoxTests
{
    [Fact]
    public void AnOutboxOfStringFeedsAnInboxOfObject()
    {
        var producer = new Typed<object, string>();
        var consumer = new Typed<object, object>();
        var text = new string('x', 3);

        producer.Link(producer.Out, consumer.In);
        producer.Out.Send(text);

        Assert.Same(text, consumer.In.Recv());
    }

    [Fact]
    public void AnUntypedOutboxFeedsATypedInboxWhileEachMessageFits()
    {
        var producer = new Typed<object, object>();
        var consumer = new Typed<string, object>();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Out.Send("one");
        producer.Send("two");

        Assert.Equal(["one", "two"], consumer.In.Peek());
    }

    [Fact]
    public void AMessageThatDoesNotFitATypedInboxIsRefusedNamingTheComponentAndTheBox()
    {
        var producer = new Typed<object, object>();
        var consumer = new Typed<string, object>();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        var error = Assert.Throws<BoxTypeMismatchException>(() => producer.Out.Send(42));

        Assert.Same(consumer.In, error.Box);
        Assert.Contains(consumer.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("'inbox'", error.Message, StringComparison.Ordinal);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, consumer.In.Count);
    }

    [Fact]
    public void BoxesOfUnrelatedTypesAreRefusedAtLinkTime()
    {
        var producer = new Typed<object, int>();
        var consumer = new Typed<string, object>();

        var error = Assert.Throws<BoxTypeMismatchException>(() => producer.Link((producer, "outbox"), (consumer, "inbox")));

        Assert.Same(consumer.In, error.Box);
        Assert.Contains("int", error.Message, StringComparison.Ordinal);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
        Assert.False(producer.Out.IsLinked);
        Assert.Empty(producer.Linkages);
    }

    [Fact]
    public void ALinkIsRefusedWhenTheEndOfTheChainCannotTakeTheSourceType()
    {
        var producer = new Typed<object, int>();
        var parent = new Typed<object, object>();
        var child = new Typed<string, object>();
        parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward);

        var error = Assert.Throws<BoxTypeMismatchException>(() => parent.Link(producer.Out, parent.In));

        Assert.Same(child.In, error.Box);
        Assert.False(producer.Out.IsLinked);
    }

    [Fact]
    public void ALinkIsRefusedWhenABoxAlreadyFeedingTheSourceCouldNeverReachTheNewEnd()
    {
        var producer = new Typed<object, int>();
        var parent = new Typed<object, object>();
        var child = new Typed<string, object>();
        parent.Link(producer.Out, parent.In);

        var error = Assert.Throws<BoxTypeMismatchException>(() => parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward));

        Assert.Contains("int", error.Message, StringComparison.Ordinal);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
        Assert.Null(parent.In.Target);
        Assert.Single(parent.Linkages);
        producer.Out.Send(7);
        Assert.Equal([7], parent.In.Peek());
    }

    [Fact]
    public void AForwardThatWouldMoveAWaitingMessageIntoAnInboxThatCannotTakeItIsRefusedWhole()
    {
        var parent = new Typed<object, object>();
        var child = new Typed<string, object>();
        parent.Deliver("fits", "inbox");
        parent.Deliver(42, "inbox");

        var error = Assert.Throws<BoxTypeMismatchException>(() => parent.Link((parent, "inbox"), (child, "inbox"), Passthrough.Inward));

        Assert.Same(child.In, error.Box);
        Assert.Null(parent.In.Target);
        Assert.Empty(parent.Linkages);
        Assert.Equal(["fits", 42], parent.In.Peek());
        Assert.Equal(0, child.In.Count);
    }

    [Fact]
    public void ValueTypesMoveWithoutAllocationWhenTheBoxTypesMatch()
    {
        var producer = new Typed<object, int>();
        var consumer = new Typed<int, object>();
        producer.Link(producer.Out, consumer.In);
        var sum = 0L;
        for (var i = 0; i < 2_000; i++)
        {
            producer.Out.Send(i);
            producer.Out.Send(i);
            sum += consumer.In.Recv();
            sum += consumer.In.TryRecv(out var next) ? next : 0;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            producer.Out.Send(i);
            producer.Out.Send(i);
            sum += consumer.In.Recv();
            sum += consumer.In.TryRecv(out var next) ? next : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    [Fact]
    public void AValueTypeOutboxFeedsAnObjectInbox()
    {
        var producer = new Typed<object, int>();
        var consumer = new Typed<object, object>();
        producer.Link(producer.Out, consumer.In);

        producer.Out.Send(5);

        Assert.Equal(5, Assert.IsType<int>(consumer.Recv()));
    }

    [Fact]
    public void SendingAValueOfTheWrongTypeThroughTheStringApiIsRefused()
    {
        var producer = new Typed<object, int>();
        var consumer = new Typed<int, object>();
        producer.Link(producer.Out, consumer.In);

        var error = Assert.Throws<BoxTypeMismatchException>(() => producer.Send("seven", "outbox"));

        Assert.Same(producer.Out, error.Box);
        Assert.Contains(producer.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("'outbox'", error.Message, StringComparison.Ordinal);
        Assert.Throws<BoxTypeMismatchException>(() => producer.Send(null, "outbox"));
        Assert.Equal(0, consumer.In.Count);
    }

    [Fact]
    public void DeliveringAValueOfTheWrongTypeIntoATypedInboxIsRefused()
    {
        var consumer = new Typed<int, object>();

        Assert.Throws<BoxTypeMismatchException>(() => consumer.Deliver(1.5, "inbox"));
        consumer.Deliver(2, "inbox");

        Assert.Equal([2], consumer.In.Peek());
    }

    [Fact]
    public void NullMayBeSentOnABoxOfAReferenceType()
    {
        var producer = new Typed<object, string>();
        var consumer = new Typed<string, object>();
        producer.Link(producer.Out, consumer.In);

        producer.Send(null, "outbox");

        Assert.True(consumer.In.TryRecv(out var message));
        Assert.Null(message);
    }

    [Fact]
    public void ATypedInboxCountsPeeksAndReceivesOldestFirst()
    {
        var consumer = new Typed<string, object>();
        consumer.Deliver("a", "inbox");
        consumer.Deliver("b", "inbox");

        Assert.Equal(2, consumer.In.Count);
        Assert.Equal(["a", "b"], consumer.In.Peek());
        Assert.Equal(2, consumer.In.Count);
        Assert.Equal("a", consumer.In.Recv());
        Assert.True(consumer.In.TryRecv(out var second));
        Assert.Equal("b", second);
        Assert.False(consumer.In.TryRecv(out _));
        Assert.Throws<EmptyInboxException>(() => consumer.In.Recv());
        Assert.Empty(consumer.In.Peek());
    }

    [Fact]
    public void ATypedBoxIsFoundByItsNameOnlyWithItsOwnType()
    {
        var component = new Typed<string, int>();

        Assert.Same(component.GetInbox("inbox"), component.GetInbox<string>("inbox"));
        var inboxError = Assert.Throws<BoxTypeMismatchException>(() => component.GetInbox<object>("inbox"));
        Assert.Contains("string", inboxError.Message, StringComparison.Ordinal);
        Assert.Throws<BoxTypeMismatchException>(() => component.GetOutbox<long>("outbox"));
        Assert.Throws<UnknownBoxException>(() => component.GetOutbox<int>("signal"));
    }

    [Fact]
    public void TheTypedLinkOverloadsMakeInwardAndOutwardPassthroughs()
    {
        var parent = new Typed<string, string>();
        var child = new Typed<string, string>();
        var consumer = new Typed<object, object>();

        var inward = parent.Link(parent.In, child.In);
        var outward = parent.Link(child.Out, parent.Out);
        var onward = parent.Link(parent.Out, consumer.In);
        parent.Deliver("in", "inbox");
        child.Out.Send("out");

        Assert.Equal(Passthrough.Inward, inward.Passthrough);
        Assert.Equal(Passthrough.Outward, outward.Passthrough);
        Assert.Equal(Passthrough.None, onward.Passthrough);
        Assert.Equal(["in"], child.In.Peek());
        Assert.Equal(["out"], consumer.In.Peek());
    }
}
