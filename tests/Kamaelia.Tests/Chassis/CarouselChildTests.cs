using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class CarouselChildTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EachNextMessageMakesAChildAndNextIsRequestedWhenAChildEnds(bool makeFirstRequest)
    {
        var scheduler = new Scheduler();
        var made = new List<object?>();
        var carousel = new Carousel(
            item =>
            {
                made.Add(item);
                return new DataSource([item + ":1", item + ":2"]);
            },
            makeFirstRequest);
        var feeder = new Feeder(sendFirstAtOnce: !makeFirstRequest, "x", "y", "z");
        var sink = new Collector();
        new TestSystem(feeder, carousel, sink)
            .Wire(feeder, "outbox", carousel, "next")
            .Wire(feeder, "signal", carousel, "control")
            .Wire(carousel, "requestNext", feeder, "inbox")
            .Chain(carousel, sink)
            .Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(["x", "y", "z"], made);
        Assert.Equal(["x:1", "x:2", "y:1", "y:2", "z:1", "z:2"], sink.Received);
        Assert.Equal(Enumerable.Repeat<object?>("NEXT", makeFirstRequest ? 4 : 3), feeder.Requests);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(feeder, signal.Caller);
    }

    [Fact]
    public void ANewNextMessageShutsTheCurrentChildDownAndStartsTheNextOne()
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

        carousel.Deliver("first", "next");
        scheduler.RunUntil(() => children.Count == 1 && children[0].Scheduler is not null);
        carousel.Deliver("to the first child");
        carousel.Deliver("second", "next");
        scheduler.RunUntil(() => children.Count == 2 && children[1].Scheduler is not null);
        carousel.Deliver("to the second child");
        scheduler.RunUntil(() => children[1].Received.Count == 1);

        Assert.True(children[0].IsStopped);
        Assert.IsType<ShutdownMicroprocess>(Assert.Single(children[0].Controls));
        Assert.Equal(["to the first child"], children[0].Received);
        Assert.Equal(["to the second child"], children[1].Received);
        Assert.Equal(0, carousel.RequestNext.Discarded);

        var finished = new ProducerFinished();
        carousel.Deliver(finished, "control");
        scheduler.RunWithin();
        Assert.Same(finished, Assert.Single(children[1].Controls));
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void InputArrivingWhileNoChildExistsWaitsForTheNextChild()
    {
        var scheduler = new Scheduler();
        var children = new List<Collector>();
        var carousel = new Carousel(_ =>
        {
            var child = new Collector();
            children.Add(child);
            return child;
        });
        TestSystem.Around(scheduler, carousel, new Collector());

        scheduler.RunPasses(10);
        carousel.Deliver("waiting");
        scheduler.RunPasses(10);
        Assert.Empty(children);

        carousel.Deliver("go", "next");
        scheduler.RunUntil(() => children.Count == 1 && children[0].Received.Count == 1);

        Assert.Equal(["waiting"], children[0].Received);
        carousel.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();
    }

    [Fact]
    public void AChildThatEndsByItselfWithNothingQueuedMakesTheCarouselAskForMore()
    {
        var scheduler = new Scheduler();
        var carousel = new Carousel(item => new OneShot(item!));
        var requests = new Collector();
        var output = new Collector();
        new TestSystem(carousel, requests, output)
            .Wire(carousel, "requestNext", requests, "inbox")
            .Wire(carousel, "outbox", output, "inbox")
            .Activate(scheduler);
        carousel.Deliver("hello", "next");

        scheduler.RunUntil(() => requests.Received.Count == 1);

        Assert.Equal(["hello"], output.Received);
        Assert.Equal(["NEXT"], requests.Received);
        carousel.Deliver(new ShutdownMicroprocess(), "control");
        requests.Deliver(new ShutdownMicroprocess(), "control");
        output.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();
    }
}
