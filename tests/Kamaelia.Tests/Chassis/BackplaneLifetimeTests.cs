using Kamaelia.Chassis;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Chassis;

public sealed class BackplaneLifetimeTests
{
    private readonly CoordinatingAssistantTracker _tracker = new();
    private readonly Scheduler _scheduler = new();

    [Theory]
    [InlineData(nameof(ProducerFinished))]
    [InlineData(nameof(ShutdownMicroprocess))]
    public void ShuttingTheBackplaneDownEndsEverySubscriberButNotThePublishers(string signalKind)
    {
        var backplane = new Backplane("bus", _tracker);
        var subscribers = new[] { new SubscribeTo("bus") { Tracker = _tracker }, new SubscribeTo("bus") { Tracker = _tracker } };
        var sinks = new[] { new Collector(), new Collector() };
        var publisher = new PublishTo("bus") { Tracker = _tracker };
        var backplaneSignal = new Collector();
        new TestSystem([backplane, publisher, backplaneSignal, .. subscribers, .. sinks])
            .Chain(subscribers[0], sinks[0])
            .Chain(subscribers[1], sinks[1])
            .Chain(backplane, backplaneSignal)
            .Activate(_scheduler);
        _scheduler.RunUntil(() => backplane.ChildComponents().OfType<PlugSplitter>().SingleOrDefault()?.DataSinkCount == 2);
        ShutdownSignal signal = signalKind == nameof(ProducerFinished) ? new ProducerFinished() : new ShutdownMicroprocess();

        backplane.Deliver(signal, "control");
        _scheduler.RunUntil(() => backplane.IsStopped && subscribers.All(s => s.IsStopped) && sinks.All(s => s.IsStopped));

        Assert.All(sinks, s => Assert.Same(signal, Assert.Single(s.Controls)));
        Assert.Same(signal, Assert.Single(backplaneSignal.Controls));
        Assert.False(publisher.IsStopped);
        publisher.Deliver(new ShutdownMicroprocess(), "control");
        _scheduler.RunWithin();
    }

    [Fact]
    public void APublisherForwardsControlMessagesAndEndsOnShutdownWithoutEndingTheBackplane()
    {
        var backplane = new Backplane("pub", _tracker);
        var publisher = new PublishTo("pub") { Tracker = _tracker };
        var publisherSignal = new Collector();
        new TestSystem(backplane, publisher, publisherSignal).Chain(publisher, publisherSignal).Activate(_scheduler);
        var finished = new ProducerFinished();

        publisher.Deliver("not a shutdown", "control");
        publisher.Deliver(finished, "control");
        _scheduler.RunUntil(() => publisher.IsStopped && publisherSignal.IsStopped);

        Assert.Equal(["not a shutdown", finished], publisherSignal.Controls);
        Assert.False(backplane.IsStopped);
        backplane.Deliver(new ProducerFinished(), "control");
        _scheduler.RunWithin();
    }

    [Fact]
    public void ABackplaneNameCanBeRegisteredOnlyOnce()
    {
        _ = new Backplane("twice", _tracker);

        var error = Assert.Throws<ServiceAlreadyExistsException>(() => new Backplane("twice", _tracker));

        Assert.Contains("twice", error.ServiceName, StringComparison.Ordinal);
        Assert.Equal(2, _tracker.ServicesRegistered().Count);
    }

    [Fact]
    public void TheNameIsReleasedWhenTheBackplaneEnds()
    {
        var backplane = new Backplane("reused", _tracker);
        backplane.Deliver(new ShutdownMicroprocess(), "control");
        backplane.Activate(_scheduler);

        _scheduler.RunWithin();

        Assert.Empty(_tracker.ServicesRegistered());
        _ = new Backplane("reused", _tracker);
    }

    [Fact]
    public void BackplanesWithTheSameNameInDifferentTrackersAreIndependent()
    {
        var other = new CoordinatingAssistantTracker();

        _ = new Backplane("shared", _tracker);
        _ = new Backplane("shared", other);

        Assert.Equal(2, other.ServicesRegistered().Count);
    }

    [Fact]
    public void PublishingToABackplaneThatDoesNotExistFaultsNamingTheBackplane()
    {
        var publisher = new PublishTo("nowhere") { Tracker = _tracker };
        publisher.Activate(_scheduler);

        var error = Assert.Throws<ComponentFaultedException>(() => _scheduler.RunWithin());

        Assert.Same(publisher, error.Component);
        Assert.Contains("\"nowhere\"", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubscribingToABackplaneThatDoesNotExistFaultsNamingTheBackplane()
    {
        var subscriber = new SubscribeTo("absent") { Tracker = _tracker };
        subscriber.Activate(_scheduler);

        var error = Assert.Throws<ComponentFaultedException>(() => _scheduler.RunWithin());

        Assert.Contains("\"absent\"", error.InnerException!.Message, StringComparison.Ordinal);
    }
}
