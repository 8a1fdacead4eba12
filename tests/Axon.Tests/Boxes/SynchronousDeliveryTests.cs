using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class SynchronousDeliveryTests
{
    [Fact]
    public void ASentMessageIsInTheDestinationInboxBeforeSendReturns()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        producer.Send("hello", "outbox");

        Assert.Equal(1, consumer.DataReady("inbox"));
        Assert.Equal("hello", consumer.Recv("inbox"));
    }

    [Fact]
    public void TheSameObjectArrivesNotACopy()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        var message = new List<int> { 1, 2, 3 };

        producer.Send(message);

        Assert.Same(message, consumer.Recv());
    }

    [Fact]
    public void MessagesAreReceivedInTheOrderTheyWereSent()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));

        for (var i = 0; i < 100; i++)
        {
            producer.Send(i);
        }

        Assert.Equal(Enumerable.Range(0, 100).Cast<object?>(), consumer.DrainAll());
    }

    [Fact]
    public void MessagesFromSeveralProducersArriveInTheOrderOfTheirSendCalls()
    {
        var first = new Idle();
        var second = new Idle();
        var third = new Idle();
        var consumer = new Idle();
        consumer.Link((first, "outbox"), (consumer, "inbox"));
        consumer.Link((second, "outbox"), (consumer, "inbox"));
        consumer.Link((third, "signal"), (consumer, "inbox"));

        first.Send("a1");
        second.Send("b1");
        first.Send("a2");
        third.Send("c1", "signal");
        second.Send("b2");

        Assert.Equal(["a1", "b1", "a2", "c1", "b2"], consumer.DrainAll());
    }

    [Fact]
    public void EachInboxKeepsItsOwnQueue()
    {
        var producer = new Idle();
        var consumer = new Idle();
        producer.Link((producer, "outbox"), (consumer, "inbox"));
        producer.Link((producer, "signal"), (consumer, "control"));

        producer.Send("data", "outbox");
        producer.Send("stop", "signal");
        producer.Send("more", "outbox");

        Assert.Equal(["data", "more"], consumer.DrainAll("inbox"));
        Assert.Equal(["stop"], consumer.DrainAll("control"));
    }

    [Fact]
    public void DeliverPutsAMessageIntoAnInboxAsIfItHadBeenSent()
    {
        var consumer = new Idle();
        var message = new object();

        consumer.Deliver(message, "control");

        Assert.Equal(0, consumer.DataReady("inbox"));
        Assert.Same(message, consumer.Recv("control"));
    }
}
