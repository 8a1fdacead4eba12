using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class PipelineShutdownTests
{
    [Fact]
    public void ProducerFinishedSentToThePipelineReachesTheFirstChildAndCascadesToTheEnd()
    {
        var scheduler = new Scheduler();
        var first = new PassThrough();
        var second = new PassThrough();
        var sink = new Collector();
        var pipeline = new Pipeline(first, second, sink);
        var finished = new ProducerFinished();
        pipeline.Deliver("last words");
        pipeline.Deliver(finished, "control");
        pipeline.Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(["last words"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
        Assert.All(new Component[] { first, second, sink, pipeline }, c => Assert.True(c.IsStopped));
    }

    [Fact]
    public void ShutdownMicroprocessSentToThePipelineStopsEveryChild()
    {
        var scheduler = new Scheduler();
        var first = new PassThrough();
        var sink = new Collector();
        var pipeline = new Pipeline(first, new Filter(_ => true), sink);
        var shutdown = new ShutdownMicroprocess();
        pipeline.Deliver(shutdown, "control");
        pipeline.Activate(scheduler);

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.True(pipeline.IsStopped);
    }

    [Fact]
    public void TheLastChildsSignalLeavesThroughThePipelinesSignalAndThePipelineAddsNothing()
    {
        var scheduler = new Scheduler();
        var source = new DataSource(["x"]);
        var pipeline = new Pipeline(source, new PassThrough());
        var sink = new Collector();
        TestSystem.Around(scheduler, pipeline, sink);

        scheduler.RunWithin();

        Assert.Equal(["x"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(source, signal.Caller);
    }

    [Fact]
    public void ThePipelineLivesUntilItsLastChildEnds()
    {
        var scheduler = new Scheduler();
        var stubborn = new Stubborn();
        var pipeline = new Pipeline(new PassThrough(), stubborn);
        pipeline.Deliver(new ProducerFinished(), "control");
        pipeline.Activate(scheduler);

        scheduler.RunPasses(50);

        Assert.False(pipeline.IsStopped);
        stubborn.Stop();
        scheduler.RunWithin();
        Assert.True(pipeline.IsStopped);
    }
}
