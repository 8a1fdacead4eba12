using Kamaelia.Chassis;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Chassis;

public sealed class BackplanePublishSubscribeTests
{
    private readonly CoordinatingAssistantTracker _tracker = new();
    private readonly Scheduler _scheduler = new();

    [Fact]
    public void EverySubscriberGetsEveryMessagePublishedAfterItJoinedInOrder()
    {
        var backplane = new Backplane("news", _tracker);
        var publishers = new[] { Publisher("news"), Publisher("news") };
        var (early1, sink1) = Subscriber("news");
        var (early2, sink2) = Subscriber("news");
        new TestSystem([backplane, .. publishers, early1, early2, sink1, sink2]).Chain(early1, sink1).Chain(early2, sink2).Activate(_scheduler);
        _scheduler.RunUntil(() => SinksOf(backplane) == 2 && publishers.All(IsLinked));

        publishers[0].Deliver("a");
        publishers[1].Deliver("b");
        publishers[0].Deliver("c");
        _scheduler.RunUntil(() => sink1.Received.Count == 3 && sink2.Received.Count == 3);

        var (late, lateSink) = Subscriber("news");
        new TestSystem(late, lateSink).Chain(late, lateSink).Activate(_scheduler);
        _scheduler.RunUntil(() => SinksOf(backplane) == 3);
        publishers[1].Deliver("d");
        _scheduler.RunUntil(() => lateSink.Received.Count == 1 && sink1.Received.Count == 4 && sink2.Received.Count == 4);

        Assert.Equal(["a", "b", "c", "d"], sink1.Received);
        Assert.Equal(["a", "b", "c", "d"], sink2.Received);
        Assert.Equal(["d"], lateSink.Received);

        backplane.Deliver(new ProducerFinished(), "control");
        foreach (var publisher in publishers)
        {
            publisher.Deliver(new ProducerFinished(), "control");
        }

        _scheduler.RunWithin();
    }

    [Fact]
    public void DataPublishedBeforeThePublisherIsLinkedIsNotLost()
    {
        var backplane = new Backplane("early", _tracker);
        var (subscriber, sink) = Subscriber("early");
        var publisher = Publisher("early");
        new TestSystem(backplane, subscriber, sink).Chain(subscriber, sink).Activate(_scheduler);
        _scheduler.RunUntil(() => SinksOf(backplane) == 1);
        publisher.Deliver(1);
        publisher.Deliver(2);
        publisher.Activate(_scheduler);

        _scheduler.RunUntil(() => sink.Received.Count == 2);

        Assert.Equal([1, 2], sink.Received);
        backplane.Deliver(new ShutdownMicroprocess(), "control");
        publisher.Deliver(new ShutdownMicroprocess(), "control");
        _scheduler.RunWithin();
    }

    [Fact]
    public void AForwardingPublisherAlsoSendsWhatItPublishesOnItsOutbox()
    {
        var backplane = new Backplane("fwd", _tracker);
        var (subscriber, sink) = Subscriber("fwd");
        var publisher = new PublishTo("fwd", forwarder: true) { Tracker = _tracker };
        var copies = new Collector();
        new TestSystem(backplane, subscriber, sink, publisher, copies).Chain(subscriber, sink).Chain(publisher, copies).Activate(_scheduler);
        _scheduler.RunUntil(() => SinksOf(backplane) == 1);

        publisher.Deliver("x");
        publisher.Deliver("y");
        _scheduler.RunUntil(() => sink.Received.Count == 2 && copies.Received.Count == 2);

        Assert.Equal(["x", "y"], sink.Received);
        Assert.Equal(["x", "y"], copies.Received);
        backplane.Deliver(new ProducerFinished(), "control");
        publisher.Deliver(new ProducerFinished(), "control");
        _scheduler.RunWithin();
    }

    private PublishTo Publisher(string name) => new(name) { Tracker = _tracker };

    private (SubscribeTo Subscriber, Collector Sink) Subscriber(string name) => (new SubscribeTo(name) { Tracker = _tracker }, new Collector());

    private static bool IsLinked(PublishTo publisher) => publisher.GetInbox("inbox").Target is not null;

    private static int SinksOf(Backplane backplane) =>
        backplane.ChildComponents().OfType<PlugSplitter>().SingleOrDefault()?.DataSinkCount ?? 0;
}
