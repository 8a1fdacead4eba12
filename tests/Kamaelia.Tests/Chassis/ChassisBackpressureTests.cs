using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

/// <summary>
/// Chassis that deliver into their children, and the hand-written Transformer, hold back in front of a full
/// inbox as the generated loop does: nothing lost, order kept, the shutdown signal after the data.
/// </summary>
public sealed class ChassisBackpressureTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void PARWaitsForRoomInEachChildsInboxAndLosesNothing(int size)
    {
        var scheduler = new Scheduler();
        var left = new Collector();
        var right = new Collector();
        left.SetInboxSize("inbox", size);
        right.SetInboxSize("inbox", size);
        var par = new PAR(left, right);
        var sink = new Collector();
        for (var i = 0; i < 40; i++)
        {
            par.Deliver(i);
        }

        var finished = new ProducerFinished();
        par.Deliver(finished, "control");
        TestSystem.Around(scheduler, par, sink);

        scheduler.RunWithin();

        Assert.Equal(Enumerable.Range(0, 40).Select(i => (object?)i), left.Received);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (object?)i), right.Received);
        Assert.Same(finished, Assert.Single(left.Controls));
        Assert.Same(finished, Assert.Single(right.Controls));
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public void PARDeliversTheStopItForwardsPastAFullSignalConsumerInsteadOfLosingIt()
    {
        var scheduler = new Scheduler();
        var par = new PAR(new Collector());
        var consumer = FullControl();
        new TestSystem(par).Wire(par, "signal", consumer, "control").Activate(scheduler);
        scheduler.RunPasses(5);
        var stop = new ShutdownMicroprocess();

        par.Deliver(stop, "control");
        scheduler.RunUntil(() => par.IsStopped);

        Assert.Equal(["waiting", stop], consumer.GetInbox<object>("control").Peek());
    }

    [Fact]
    public void GraphlineWaitsForRoomToReportItsEndInsteadOfLosingIt()
    {
        var scheduler = new Scheduler();
        var graph = new Graphline(
            components: new() { ["ONE"] = new OneShot("a") },
            linkages: new() { [("ONE", "outbox")] = ("self", "outbox") });
        var consumer = FullControl();
        new TestSystem(graph).Wire(graph, "signal", consumer, "control").Activate(scheduler);
        scheduler.RunUntil(() => graph.ChildComponents().All(child => child.IsStopped));
        scheduler.RunPasses(5);

        Assert.False(graph.IsStopped);
        Assert.Equal(["waiting"], consumer.GetInbox<object>("control").Peek());

        Assert.Equal("waiting", consumer.Recv("control"));
        scheduler.RunUntil(() => graph.IsStopped);

        var signal = Assert.IsType<ProducerFinished>(Assert.Single(consumer.GetInbox<object>("control").Peek()));
        Assert.Same(graph, signal.Caller);
    }

    [Fact]
    public void GraphlineHoldsAControlCopyForAChildWhoseControlIsFull()
    {
        var scheduler = new Scheduler();
        var child = new Collector();
        child.SetInboxSize("control", 0);
        var graph = new Graphline(
            components: new() { ["CHILD"] = child },
            linkages: new() { [("self", "inbox")] = ("CHILD", "inbox") });
        var sink = new Collector();
        TestSystem.Around(scheduler, graph, sink);
        scheduler.RunPasses(5);

        var finished = new ProducerFinished();
        graph.Deliver(finished, "control");
        scheduler.RunPasses(5);

        Assert.Empty(scheduler.Faults);
        Assert.Equal(1, graph.Outboxes.Values.Sum(box => box.Held));
        Assert.False(child.IsStopped);

        child.SetInboxSize("control", null);
        graph.Unpause();
        scheduler.RunWithin();

        Assert.Same(finished, Assert.Single(child.Controls));
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void TransformerHoldsBackInFrontOfAFullInboxAndForwardsProducerFinishedAfterTheData()
    {
        var scheduler = new Scheduler();
        var transformer = new Transformer<int, int>(n => n * 10);
        var sink = new Collector();
        sink.SetInboxSize("inbox", 1);
        for (var i = 0; i < 25; i++)
        {
            transformer.Deliver(i);
        }

        var finished = new ProducerFinished();
        transformer.Deliver(finished, "control");
        TestSystem.Around(scheduler, transformer, sink);

        scheduler.RunWithin();

        Assert.Equal(Enumerable.Range(0, 25).Select(i => (object?)(i * 10)), sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void TransformerStopsAtOnceOnShutdownMicroprocessLeavingQueuedValuesUntransformed()
    {
        var scheduler = new Scheduler();
        var calls = 0;
        var transformer = new Transformer<int, int>(n =>
        {
            calls++;
            return n;
        });
        var sink = new Collector();
        var stop = new ShutdownMicroprocess();
        transformer.Deliver(stop, "control");
        transformer.Deliver(1);
        transformer.Deliver(2);
        TestSystem.Around(scheduler, transformer, sink);

        scheduler.RunWithin();

        Assert.Equal(0, calls);
        Assert.Empty(sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.Equal(2, transformer.Inbox.Count);
    }

    [Fact]
    public void SeqPassesShutdownMicroprocessToTheCurrentItemAndSkipsTheRest()
    {
        var scheduler = new Scheduler();
        var first = new Collector();
        var never = new DataSource([1, 2, 3]);
        var seq = new Seq(first, never);
        var sink = new Collector();
        TestSystem.Around(scheduler, seq, sink);
        scheduler.RunPasses(5);

        var stop = new ShutdownMicroprocess();
        seq.Deliver(stop, "control");
        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(first.Controls));
        Assert.True(first.IsStopped);
        Assert.Empty(sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
    }

    [Fact]
    public void SeqPassesProducerFinishedToTheCurrentItemAndToEachLaterOne()
    {
        var scheduler = new Scheduler();
        var first = new Collector();
        var second = new Collector();
        var seq = new Seq(first, second);
        var sink = new Collector();
        TestSystem.Around(scheduler, seq, sink);
        scheduler.RunPasses(5);

        var finished = new ProducerFinished();
        seq.Deliver(finished, "control");
        scheduler.RunWithin();

        Assert.Same(finished, Assert.Single(first.Controls));
        Assert.Same(finished, Assert.Single(second.Controls));
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(seq, signal.Caller);
    }

    /// <summary>A component that never runs, whose "control" (limit 1) already holds a message.</summary>
    private static Stubborn FullControl()
    {
        var consumer = new Stubborn();
        consumer.SetInboxSize("control", 1);
        consumer.Deliver("waiting", "control");
        return consumer;
    }
}
