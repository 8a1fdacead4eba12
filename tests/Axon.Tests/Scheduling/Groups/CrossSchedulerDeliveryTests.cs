namespace Axon.Tests.Scheduling.Groups;

public sealed class CrossSchedulerDeliveryTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void AChainAcrossTwoSchedulersDeliversEveryMessageInOrderAndEnds(int perStep)
    {
        var group = new SchedulerGroup(2);
        var source = group.Place(new NumberedSource(0, 10_000, perStep), 0);
        var middle = group.Place(new NumberedForwarder(), 1);
        var sink = group.Place(new NumberedCollector(), 0);

        group.RunWithin(Bound, new Chain(source, middle, sink));

        Assert.Equal(Enumerable.Range(0, 10_000), sink.Received.Select(m => m.Sequence));
        Assert.True(sink.IsStopped);
        Assert.Equal([group[1]], middle.RanOn);
        Assert.Equal([group[0]], sink.RanOn);
    }

    [Fact]
    public void ChildrenThatAreNotPlacedRunWhereTheirParentRuns()
    {
        var group = new SchedulerGroup(2);
        var source = new NumberedSource(0, 100);
        var sink = new NumberedCollector();
        var chain = group.Place(new Chain(source, sink), 1);

        group.RunWithin(Bound, chain);

        Assert.Equal([group[1]], source.RanOn.Distinct());
        Assert.Equal([group[1]], sink.RanOn);
        Assert.Equal(100, sink.Received.Count);
    }

    [Fact]
    public void MessagesFromManySchedulersIntoOneInboxKeepTheOrderOfEachLink()
    {
        var group = new SchedulerGroup(4);
        var sink = new NumberedCollector(producers: 3);
        var sources = Enumerable.Range(0, 3).Select(stream => group.Place(new NumberedSource(stream, 5_000, perStep: 7), stream + 1)).ToArray();
        group.Place(sink, 0);
        var wiring = new ScriptedWiring(self =>
        {
            foreach (var source in sources)
            {
                self.Link((source, "outbox"), (sink, "inbox"));
                self.Link((source, "signal"), (sink, "control"));
            }

            return [sink, .. sources];
        });

        group.RunWithin(Bound, wiring);

        Assert.Equal(15_000, sink.Received.Count);
        foreach (var stream in sink.Received.GroupBy(m => m.Stream))
        {
            Assert.Equal(Enumerable.Range(0, 5_000), stream.Select(m => m.Sequence));
        }
    }

    [Fact]
    public void AThreadedComponentOnOneSchedulerFeedsAComponentOnAnother()
    {
        var group = new SchedulerGroup(2);
        var source = group.Place(new ThreadedNumberedSource(5_000), 1);
        var sink = group.Place(new NumberedCollector(), 0);

        group.RunWithin(Bound, new Chain(source, sink));

        Assert.Equal(Enumerable.Range(0, 5_000), sink.Received.Select(m => m.Sequence));
    }

    [Fact]
    public void TheSchedulerOfAPlacedComponentIsItsPlacementWhoeverActivatesIt()
    {
        var group = new SchedulerGroup(3);
        var source = group.Place(new NumberedSource(0, 10), 2);
        var sink = new NumberedCollector();

        group.RunWithin(Bound, group.Place(new Chain(source, sink), 0));

        Assert.Same(group[2], source.Scheduler);
        Assert.Same(group[0], sink.Scheduler);
        Assert.Equal(10, sink.Received.Count);
    }
}

/// <summary>Sends numbered messages from its own thread, then ProducerFinished.</summary>
internal sealed class ThreadedNumberedSource(int count) : ThreadedComponent(queueLength: count + 1)
{
    protected override void ThreadMain()
    {
        for (var i = 0; i < count; i++)
        {
            Send(new Numbered(0, i), "outbox");
        }

        Send(new ProducerFinished(this), "signal");
    }
}

/// <summary>Makes links as its function says, adopts and activates the components it returns, and ends with them.</summary>
internal sealed class ScriptedWiring(Func<Component, Component[]> wire) : Component
{
    protected override IEnumerable<object?> Main()
    {
        var children = wire(this);
        AddChildren(children);
        yield return new NewComponent(children);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
