using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class PlugSplitterTests
{
    [Fact]
    public void SinksAddedAndRemovedByConfigurationGetTheDataSentWhileTheyAreAttached()
    {
        var scheduler = new Scheduler();
        var splitter = new PlugSplitter();
        var own = new Collector();
        var dataOnly = new Collector();
        var dataAndControl = new Collector();
        new TestSystem(splitter, own, dataOnly, dataAndControl).Chain(splitter, own).Activate(scheduler);
        splitter.Deliver(new AddSink(dataOnly), "configuration");
        splitter.Deliver(new AddSink(dataAndControl, "inbox", "control"), "configuration");
        splitter.Deliver(1);
        scheduler.RunUntil(() => dataOnly.Received.Count == 1 && dataAndControl.Received.Count == 1 && own.Received.Count == 1);
        Assert.Equal(2, splitter.DataSinkCount);

        splitter.Deliver(new RemoveSink(dataOnly), "configuration");
        splitter.Deliver(2);
        var finished = new ProducerFinished();
        splitter.Deliver(finished, "control");
        scheduler.RunUntil(() => splitter.IsStopped && dataAndControl.IsStopped && own.IsStopped);

        Assert.Equal([1], dataOnly.Received);
        Assert.Equal([1, 2], dataAndControl.Received);
        Assert.Equal([1, 2], own.Received);
        Assert.Same(finished, Assert.Single(dataAndControl.Controls));
        Assert.Same(finished, Assert.Single(own.Controls));
        Assert.Empty(dataOnly.Controls);
        Assert.Equal(0, splitter.GetOutbox("outbox").Discarded);

        dataOnly.Deliver(new ShutdownMicroprocess(), "control");
        scheduler.RunWithin();
    }

    [Fact]
    public void AddingTheSameSinkTwiceSendsItEachMessageOnce()
    {
        var scheduler = new Scheduler();
        var splitter = new PlugSplitter();
        var sink = new Collector();
        new TestSystem(splitter, sink).Activate(scheduler);
        splitter.Deliver(new AddSink(sink, "inbox", "control"), "configuration");
        splitter.Deliver(new AddSink(sink, "inbox", "control"), "configuration");
        splitter.Deliver("once");
        splitter.Deliver(new ProducerFinished(), "control");

        scheduler.RunWithin();

        Assert.Equal(["once"], sink.Received);
        Assert.Single(sink.Controls);
    }

    [Fact]
    public void AFullSinkHoldsTheSplitterBackAndNothingIsLost()
    {
        var scheduler = new Scheduler();
        var splitter = new PlugSplitter();
        var slow = new Collector();
        var roomy = new Collector();
        slow.Inbox.SizeLimit = 1;
        var items = Enumerable.Range(1, 10).Cast<object?>().ToArray();
        foreach (var item in items)
        {
            splitter.Deliver(item);
        }

        var finished = new ProducerFinished();
        splitter.Deliver(finished, "control");
        splitter.Deliver(new AddSink(slow, "inbox", "control"), "configuration");
        splitter.Deliver(new AddSink(roomy, "inbox", "control"), "configuration");
        new TestSystem(splitter, slow, roomy).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(items, slow.Received);
        Assert.Equal(items, roomy.Received);
        Assert.Equal(1, slow.MostWaiting);
        Assert.Same(finished, Assert.Single(slow.Controls));
        Assert.Same(finished, Assert.Single(roomy.Controls));
    }

    [Fact]
    public void ASplitterAroundASourceSplitsItsOutputToPlugsAndEndsWithIt()
    {
        var scheduler = new Scheduler();
        var splitter = new PlugSplitter(new DataSource([1, 2, 3]));
        var first = new Collector();
        var second = new Collector();
        var plugs = new[] { new Plug(splitter, first), new Plug(splitter, second) };
        new TestSystem([.. plugs, splitter]).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal([1, 2, 3], first.Received);
        Assert.Equal([1, 2, 3], second.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(first.Controls));
        Assert.IsType<ProducerFinished>(Assert.Single(second.Controls));
        Assert.All(plugs, p => Assert.True(p.IsStopped));
        Assert.True(splitter.IsStopped);
    }

    [Fact]
    public void ASourcesDataHeldBackByAFullSinkIsStillSplitAfterTheSourceHasEnded()
    {
        var scheduler = new Scheduler();
        var items = Enumerable.Range(1, 10).Cast<object>().ToArray();
        var splitter = new PlugSplitter(new DataSource(items) { BatchSize = 10 });
        var slow = new Collector();
        slow.Inbox.SizeLimit = 1;
        var plug = new Plug(splitter, slow);
        new TestSystem(plug, splitter).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(items, slow.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(slow.Controls));
        Assert.True(splitter.IsStopped);
    }
}
