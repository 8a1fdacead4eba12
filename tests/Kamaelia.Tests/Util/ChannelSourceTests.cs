using System.Threading.Channels;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ChannelSourceTests
{
    [Fact]
    public async Task WhatIsWrittenArrivesInOrderAndCompletingTheChannelFinishesTheSource()
    {
        var channel = Channel.CreateBounded<string>(4);
        var scheduler = new Scheduler();
        var source = new ChannelSource<string>(channel.Reader);
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);
        var run = Task.Factory.StartNew(() => scheduler.RunWithin(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // More than the channel holds: the writer waits for the graph to read.
        for (var i = 0; i < 40; i++)
        {
            await channel.Writer.WriteAsync($"line {i}").AsTask().WaitAsync(SchedulerRuns.Bound);
        }

        channel.Writer.Complete();
        await run.WaitAsync(SchedulerRuns.Bound * 2);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"line {i}"), sink.Received.Cast<string>());
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }

    [Fact]
    public void ItReadsFromTheChannelOnlyWhileTheConsumerHasRoom()
    {
        var channel = Channel.CreateUnbounded<int>();
        for (var i = 1; i <= 10; i++)
        {
            channel.Writer.TryWrite(i);
        }

        var scheduler = new Scheduler();
        var source = new ChannelSource<int>(channel.Reader);
        var sink = new Stubborn();
        sink.Inbox.SizeLimit = 2;
        new TestSystem(source, sink).Wire(source, "outbox", sink, "inbox").Activate(scheduler);

        scheduler.RunPasses(50);
        Assert.Equal(8, channel.Reader.Count);
        Assert.Equal(2, sink.Inbox.Count);

        sink.Inbox.TryRecv(out _);
        scheduler.RunPasses(50);
        Assert.Equal(7, channel.Reader.Count);
        Assert.Equal([2, 3], sink.Inbox.Peek().Cast<int>());
    }

    [Fact]
    public void AChannelCompletedWithAnExceptionFaultsTheSource()
    {
        var channel = Channel.CreateUnbounded<int>();
        channel.Writer.TryWrite(7);
        var failure = new IOException("the producer failed");
        channel.Writer.Complete(failure);
        var scheduler = new Scheduler();
        var source = new ChannelSource<int>(channel.Reader);
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(source, thrown.Component);
        Assert.Same(failure, thrown.InnerException);
        // The system stopped at the fault: what the source sent is with the collector, taken or not.
        Assert.Equal([7], sink.Received.Concat(sink.Inbox.Peek()).Cast<int>());
    }

    [Fact]
    public void ShutdownMicroprocessStopsItWaitingOnAnEmptyChannelAndLeavesLaterItemsInTheChannel()
    {
        var channel = Channel.CreateUnbounded<int>();
        var scheduler = new Scheduler();
        var source = new ChannelSource<int>(channel.Reader);
        var sink = new Collector();
        TestSystem.Around(scheduler, source, sink);
        scheduler.RunPasses(10);
        Assert.True(source.IsPaused, "Waiting on an empty channel, the source sleeps.");

        var stop = new ShutdownMicroprocess();
        source.Deliver(stop, "control");
        scheduler.RunWithin();
        channel.Writer.TryWrite(1);

        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.Empty(sink.Received);
        Assert.Equal(1, channel.Reader.Count);
    }
}
