using Kamaelia.Chassis;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Chassis;

public sealed class CarouselShutdownTests
{
    [Fact]
    public void QueuedNextMessagesAreAllProcessedBeforeProducerFinishedTakesEffect()
    {
        var scheduler = new Scheduler();
        var children = new List<Collector>();
        var made = new List<object?>();
        var carousel = new Carousel(item =>
        {
            made.Add(item);
            var child = new Collector();
            children.Add(child);
            return child;
        });
        var sink = new Collector();
        var finished = new ProducerFinished();
        carousel.Deliver("a", "next");
        carousel.Deliver("b", "next");
        carousel.Deliver("c", "next");
        carousel.Deliver(finished, "control");
        TestSystem.Around(scheduler, carousel, sink);

        scheduler.RunWithin();

        Assert.Equal(["a", "b", "c"], made);
        Assert.IsType<ShutdownMicroprocess>(Assert.Single(children[0].Controls));
        Assert.IsType<ShutdownMicroprocess>(Assert.Single(children[1].Controls));
        Assert.Same(finished, Assert.Single(children[2].Controls));
        Assert.Same(finished, Assert.Single(sink.Controls));
        Assert.Equal(0, carousel.RequestNext.Discarded);
    }

    [Fact]
    public void ShutdownMicroprocessStopsTheChildAndAbandonsQueuedNextMessages()
    {
        var scheduler = new Scheduler();
        var children = new List<Collector>();
        var carousel = new Carousel(_ =>
        {
            var child = new Collector();
            children.Add(child);
            return child;
        });
        var sink = new Collector();
        TestSystem.Around(scheduler, carousel, sink);
        carousel.Deliver("a", "next");
        scheduler.RunUntil(() => children.Count == 1 && children[0].Scheduler is not null);

        var shutdown = new ShutdownMicroprocess();
        carousel.Deliver("b", "next");
        carousel.Deliver("c", "next");
        carousel.Deliver(shutdown, "control");
        scheduler.RunWithin();

        Assert.Single(children);
        Assert.Same(shutdown, Assert.Single(children[0].Controls));
        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.Equal(2, carousel.DataReady("next"));
    }

    [Fact]
    public void ProducerFinishedWhileIdleEndsTheCarouselAtOnce()
    {
        var scheduler = new Scheduler();
        var carousel = new Carousel(_ => throw new InvalidOperationException("No child should be made."));
        var sink = new Collector();
        var finished = new ProducerFinished();
        carousel.Deliver(finished, "control");
        TestSystem.Around(scheduler, carousel, sink);

        scheduler.RunWithin();

        Assert.Same(finished, Assert.Single(sink.Controls));
    }
}
