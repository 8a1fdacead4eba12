using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ChannelSinkTests
{
    [Fact]
    public async Task AGraphsOutputCanBeReadWithAwaitForeachWhileTheSystemRunsAsync()
    {
        var sink = new ChannelSink<string>(capacity: 2);
        var pipeline = new Pipeline(
            new DataSource(Enumerable.Range(1, 30).Select(i => (object)i)),
            new Transformer<object, string>(i => $"#{i}"),
            sink);

        var run = pipeline.RunAsync(new Scheduler());
        var read = new List<string>();
        await foreach (var item in sink.ReadAllAsync().WithCancellation(new CancellationTokenSource(SchedulerRuns.Bound).Token))
        {
            read.Add(item);
        }

        await run.WaitAsync(SchedulerRuns.Bound);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"#{i}"), read);
        Assert.Equal(30, sink.Written);
    }

    [Fact]
    public async Task AFullChannelStopsTheSinkCollectingSoTheProducersAreHeldBackUntilTheReaderReads()
    {
        var scheduler = new Scheduler();
        var source = new DataSource(Enumerable.Range(1, 20).Select(i => (object)i));
        var sink = new ChannelSink<object>(capacity: 2);
        TestSystem.Around(scheduler, source, sink);

        scheduler.RunPasses(100);
        Assert.Equal(2, sink.Written);
        Assert.Equal(2, sink.Reader.Count);
        Assert.Equal(2, sink.Inbox.Count);
        Assert.True(sink.IsPaused && source.IsPaused, "Both sleep while the channel is full.");

        Assert.True(sink.Reader.TryRead(out var first));
        Assert.Equal(1, first);
        scheduler.RunUntilWithin(() => sink.Written == 3 && sink.Inbox.Count == 2);
        scheduler.RunPasses(10);
        Assert.Equal(3, sink.Written);

        var rest = new List<object>();
        var reading = Task.Run(async () =>
        {
            await foreach (var item in sink.ReadAllAsync())
            {
                rest.Add(item);
            }
        });
        scheduler.RunUntilWithin(() => reading.IsCompleted);
        await reading;
        Assert.Equal(Enumerable.Range(2, 19).Cast<object>(), rest);
    }

    [Fact]
    public async Task ShutdownMicroprocessCompletesTheChannelAtOnceAndIsForwarded()
    {
        var scheduler = new Scheduler();
        var sink = new ChannelSink<object>(capacity: 2);
        var after = new Collector();
        sink.Deliver("a");
        sink.Deliver("b");
        var stop = new ShutdownMicroprocess();
        sink.Deliver(stop, "control");
        new TestSystem(sink, after).Wire(sink, "signal", after, "control").Activate(scheduler);

        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(after.Controls));
        await sink.Reader.Completion.WaitAsync(SchedulerRuns.Bound);
        Assert.False(sink.Reader.TryRead(out _));
    }

    [Fact]
    public async Task ASystemEndedByAFaultCompletesTheChannelWithComponentStoppedException()
    {
        var sink = new ChannelSink<object>();
        var failing = new Scripted(_ => Fail());
        var pipeline = new Pipeline(failing, sink);

        var run = pipeline.RunAsync(new Scheduler());

        var fault = await Assert.ThrowsAsync<ComponentFaultedException>(() => run.WaitAsync(SchedulerRuns.Bound));
        Assert.Same(failing, fault.Component);
        var stopped = await Assert.ThrowsAsync<ComponentStoppedException>(async () =>
        {
            await foreach (var item in sink.ReadAllAsync().WithCancellation(new CancellationTokenSource(SchedulerRuns.Bound).Token))
            {
                Assert.Fail($"Nothing was sent, yet {item} was read.");
            }
        });
        Assert.Same(sink, stopped.Component);

        static IEnumerable<object?> Fail()
        {
            yield return null;
            throw new InvalidOperationException("boom");
        }
    }

    [Fact]
    public void ACapacityBelowOneIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelSink<int>(0));
}
