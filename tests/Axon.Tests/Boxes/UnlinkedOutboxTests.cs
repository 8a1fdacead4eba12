using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class UnlinkedOutboxTests
{
    [Fact]
    public void AMessageSentOnAnUnlinkedOutboxIsCountedAsDiscarded()
    {
        var component = new Idle();

        component.Send("lost");
        component.Send("lost too");

        Assert.Equal(2, component.GetOutbox("outbox").Discarded);
        Assert.Equal(0, component.GetOutbox("signal").Discarded);
    }

    [Fact]
    public void ALinkedOutboxDiscardsNothing()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Send("kept");

        Assert.Equal(0, producer.GetOutbox("outbox").Discarded);
        Assert.Equal(1, consumer.DataReady());
    }

    [Fact]
    public void StrictModeIsOffByDefault()
    {
        var scheduler = new Scheduler();
        var component = new Idle();
        component.Activate(scheduler);

        component.Send("lost");

        Assert.False(scheduler.Strict);
        Assert.Equal(1, component.GetOutbox("outbox").Discarded);
    }

    [Fact]
    public void InStrictModeSendingOnAnUnlinkedOutboxThrowsNamingTheComponentAndTheBox()
    {
        var scheduler = new Scheduler { Strict = true };
        var component = new Idle();
        component.Activate(scheduler);

        var error = Assert.Throws<UnlinkedOutboxException>(() => component.Send("lost", "signal"));

        Assert.Same(component.GetOutbox("signal"), error.Box);
        Assert.Contains(component.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("'signal'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Box.Discarded);
    }

    [Fact]
    public void InStrictModeATypedSendOnAnUnlinkedOutboxThrowsToo()
    {
        var scheduler = new Scheduler { Strict = true };
        var component = new Typed<int, int>();
        component.Activate(scheduler);

        Assert.Throws<UnlinkedOutboxException>(() => component.Out.Send(1));
        Assert.Throws<UnlinkedOutboxException>(() => component.Out.TrySend(2));
    }

    [Fact]
    public void InStrictModeALinkedOutboxSendsNormally()
    {
        var scheduler = new Scheduler { Strict = true };
        var producer = new Idle();
        var consumer = new Idle();
        producer.Activate(scheduler);
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Send("kept");

        Assert.Equal(["kept"], consumer.DrainAll());
    }
}
