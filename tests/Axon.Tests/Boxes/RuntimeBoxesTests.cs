using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class RuntimeBoxesTests
{
    [Fact]
    public void AnAddedInboxWithAFreeNameKeepsItAndIsUsableAtOnce()
    {
        var component = new Idle();

        var added = component.AddInbox<string>("client1", "one client's data");

        Assert.Equal("client1", added.Name);
        Assert.Same(added, component.GetInbox("client1"));
        Assert.Equal("one client's data", added.Description);
        component.Deliver("hello", "client1");
        Assert.Equal("hello", added.Recv());
    }

    [Fact]
    public void AddingAnInboxWhoseNameIsTakenRenamesItAndReturnsTheRealName()
    {
        var component = new Idle();

        var first = component.AddInbox<object>("inbox");
        var second = component.AddInbox<object>("inbox");

        Assert.NotEqual("inbox", first.Name);
        Assert.StartsWith("inbox", first.Name, StringComparison.Ordinal);
        Assert.NotEqual(first.Name, second.Name);
        Assert.Same(first, component.GetInbox(first.Name));
        Assert.Same(second, component.GetInbox(second.Name));
        Assert.Equal(4, component.Inboxes.Count);
    }

    [Fact]
    public void AddingAnOutboxWhoseNameIsTakenRenamesItAndTheNewOutboxCanBeLinked()
    {
        var component = new Idle();
        var consumer = new Idle();

        var added = component.AddOutbox<object>("signal");
        component.Link((component, added.Name), (consumer, "inbox"));
        component.Send("via added", added.Name);

        Assert.NotEqual("signal", added.Name);
        Assert.Equal(["via added"], consumer.DrainAll());
        Assert.False(component.GetOutbox("signal").IsLinked);
    }

    [Fact]
    public void AnAddedInboxTakesPartInAnyReadyAfterTheDeclaredInboxes()
    {
        var component = new Idle();
        var added = component.AddInbox<int>("extra");

        component.Deliver(1, added.Name);
        Assert.Equal("extra", component.FirstReadyInbox());

        component.Deliver(2, "control");
        Assert.Equal("control", component.FirstReadyInbox());
    }

    [Fact]
    public void DeletingAnInboxRemovesItAndTheMessagesWaitingInIt()
    {
        var component = new Idle();
        var added = component.AddInbox<object>("extra");
        component.Deliver("pending", added.Name);

        component.DeleteInbox(added.Name);

        Assert.False(component.Inboxes.ContainsKey("extra"));
        Assert.False(component.AnyReady());
        Assert.Throws<UnknownBoxException>(() => component.DataReady("extra"));
    }

    [Fact]
    public void ADeletedNameCanBeAddedAgainUnchanged()
    {
        var component = new Idle();
        component.DeleteOutbox("signal");

        var again = component.AddOutbox<int>("signal");

        Assert.Equal("signal", again.Name);
        Assert.Equal(typeof(int), component.GetOutbox("signal").ElementType);
    }

    [Fact]
    public void ALinkedBoxCannotBeDeleted()
    {
        var producer = new Idle();
        var consumer = new Idle();
        var link = consumer.Link((producer, "outbox"), (consumer, "inbox"));

        var inboxError = Assert.Throws<BoxStillLinkedException>(() => consumer.DeleteInbox("inbox"));
        var outboxError = Assert.Throws<BoxStillLinkedException>(() => producer.DeleteOutbox("outbox"));

        Assert.Same(consumer.GetInbox("inbox"), inboxError.Box);
        Assert.Same(producer.GetOutbox("outbox"), outboxError.Box);
        Assert.Contains("unlink", inboxError.Message, StringComparison.OrdinalIgnoreCase);
        consumer.Unlink(linkage: link);
        consumer.DeleteInbox("inbox");
        producer.DeleteOutbox("outbox");
        Assert.False(consumer.Inboxes.ContainsKey("inbox"));
        Assert.False(producer.Outboxes.ContainsKey("outbox"));
    }

    [Fact]
    public void DeletingABoxThatDoesNotExistThrows()
    {
        var component = new Idle();

        Assert.Throws<UnknownBoxException>(() => component.DeleteInbox("missing"));
        Assert.Throws<UnknownBoxException>(() => component.DeleteOutbox("missing"));
        Assert.Throws<UnknownBoxException>(() => component.DeleteInbox("outbox"));
        Assert.Equal(2, component.Inboxes.Count);
        Assert.Equal(2, component.Outboxes.Count);
    }
}
