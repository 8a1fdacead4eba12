using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class PipelineDataFlowTests
{
    [Fact]
    public void DataFlowsThroughEveryStageInOrder()
    {
        var scheduler = new Scheduler();
        var sink = new Collector();
        var pipeline = new Pipeline(
            new DataSource([1, 2, 3, 4]),
            new PureTransformer(x => (int)x * 10),
            new PureTransformer(x => "#" + x),
            sink);
        pipeline.Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(["#10", "#20", "#30", "#40"], sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.True(pipeline.IsStopped);
    }

    [Fact]
    public void DataSentToThePipelineBeforeItStartsIsMovedToTheFirstChild()
    {
        var scheduler = new Scheduler();
        var first = new PassThrough();
        var sink = new Collector();
        var pipeline = new Pipeline(first, sink);
        pipeline.Deliver("early 1");
        pipeline.Deliver("early 2");
        pipeline.Activate(scheduler);

        scheduler.RunPass();

        Assert.Equal(0, pipeline.DataReady("inbox"));
        Assert.Equal(2, first.DataReady("inbox"));

        pipeline.Deliver(new ProducerFinished(), "control");
        scheduler.RunWithin();
        Assert.Equal(["early 1", "early 2"], sink.Received);
    }

    [Fact]
    public void ThePipelinesInboxAndOutboxAreTheEndsOfTheChain()
    {
        var scheduler = new Scheduler();
        var pipeline = new Pipeline(new PureTransformer(x => (int)x + 1), new PureTransformer(x => (int)x * 2));
        var feeder = new DataSource([1, 2, 3]);
        var sink = new Collector();
        new TestSystem(feeder, pipeline, sink).Chain(feeder, pipeline).Chain(pipeline, sink).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal([4, 6, 8], sink.Received);
    }

    [Fact]
    public void ACircularPipelineFeedsTheLastStageBackIntoTheFirst()
    {
        var scheduler = new Scheduler();
        var seen = new List<int>();
        var counter = new Scripted(self => Count(self, seen));
        var incrementer = new PureTransformer(x => (int)x + 1);
        var pipeline = new Pipeline(counter, incrementer) { Circular = true };
        pipeline.Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal([1, 3, 5], seen);
        Assert.True(incrementer.IsStopped);
        Assert.Equal(0, pipeline.GetOutbox("outbox").Discarded);

        static IEnumerable<object?> Count(Scripted self, List<int> seen)
        {
            self.Send(0);
            while (true)
            {
                while (self.TryRecv("inbox", out var message))
                {
                    var value = (int)message!;
                    seen.Add(value);
                    if (value >= 5)
                    {
                        // Round the circle: the incrementer gets it on control and sends it back to us.
                        self.Send(new ProducerFinished(self), "signal");
                        yield break;
                    }

                    self.Send(value + 1);
                }

                self.Pause();
                yield return null;
            }
        }
    }
}
