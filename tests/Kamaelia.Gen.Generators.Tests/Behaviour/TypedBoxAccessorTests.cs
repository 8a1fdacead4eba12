using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>The generated accessors are the component's real boxes, typed: messages go through them without casts.</summary>
public sealed class TypedBoxAccessorTests
{
    [Fact]
    public void AStringSentOnATypedOutboxArrivesInTheLinkedTypedInbox()
    {
        var feeder = new Feeder();
        var sink = new Sink();
        sink.Link(feeder.Outbox, sink.Inbox);

        feeder.Outbox.Send("one");
        feeder.Outbox.Send("two");

        Assert.True(sink.Inbox.TryRecv(out string first));
        Assert.True(sink.Inbox.TryRecv(out string second));
        Assert.False(sink.Inbox.TryRecv(out _));
        Assert.Equal(("one", "two"), (first, second));
    }

    [Fact]
    public void ATypedOutboxFeedsAnInboxOfABaseType()
    {
        var feeder = new Feeder();
        var sink = new Sink();
        sink.Link(feeder.Numbers, sink.Anything);

        feeder.Numbers.Send(42);

        Assert.Equal([42], sink.TakeAnything());
    }

    [Fact]
    public void TheAccessorsAreTheBoxesTheComponentHasByName()
    {
        var recorder = new Recorder();

        Assert.Same(recorder.First, recorder.Inboxes["first"]);
        Assert.Same(recorder.Second, recorder.GetInbox<string>("second"));
        Assert.Same(recorder.Control, recorder.Inboxes["control"]);
        Assert.Same(recorder.Outbox, recorder.GetOutbox<string>("outbox"));
        Assert.Same(recorder.Signal, recorder.Outboxes["signal"]);
        Assert.Equal(["control", "first", "second"], recorder.Inboxes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["outbox", "signal"], recorder.Outboxes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(typeof(string), recorder.First.ElementType);
        Assert.Equal(typeof(object), recorder.Control.ElementType);
    }

    [Fact]
    public void AMessageDeliveredByNameIsReceivedThroughTheTypedAccessor()
    {
        var sink = new Sink();

        sink.Deliver("by name", "inbox");

        Assert.Equal(1, sink.DataReady("inbox"));
        Assert.Equal("by name", sink.Inbox.Recv());
    }
}
