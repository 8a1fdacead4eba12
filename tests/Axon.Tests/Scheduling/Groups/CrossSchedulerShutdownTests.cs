using Axon.Tests.Support;

namespace Axon.Tests.Scheduling.Groups;

public sealed class CrossSchedulerShutdownTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void ProducerFinishedTravelsAChainThroughEverySchedulerAndTheGroupEndsEmpty()
    {
        var group = new SchedulerGroup(4);
        var source = group.Place(new NumberedSource(0, 1_000, perStep: 13), 0);
        var stages = Enumerable.Range(1, 3).Select(i => group.Place(new NumberedForwarder(perStep: 5), i)).ToArray();
        var sink = group.Place(new NumberedCollector(), 0);
        Component[] chain = [source, .. stages, sink];

        group.RunWithin(Bound, new Chain(chain));

        Assert.All(chain, component => Assert.True(component.IsStopped));
        Assert.Equal(Enumerable.Range(0, 1_000), sink.Received.Select(m => m.Sequence));
        Assert.All(group.Schedulers, scheduler => Assert.Equal(0, scheduler.ComponentCount));
    }

    [Fact]
    public void ShutdownMicroprocessSentAcrossStopsAComponentThatWouldOtherwiseWaitForEver()
    {
        var group = new SchedulerGroup(2);
        var waiting = group.Place(new Forwarder(), 1);
        var stopper = group.Place(new ScriptedComponent(Stop), 0);

        group.RunWithin(Bound, new Chain(stopper, waiting));

        Assert.True(waiting.IsStopped);

        static IEnumerable<object?> Stop(ScriptedComponent self)
        {
            self.Send(new ShutdownMicroprocess(), "signal");
            yield break;
        }
    }

    [Fact]
    public void AComponentThatThrowsOnOneSchedulerStopsTheWholeGroupAndRunRethrowsNamingIt()
    {
        var group = new SchedulerGroup(2);
        var thrower = group.Place(new Thrower(), 1);
        var idle = group.Place(new Idle(), 0);

        var failure = Assert.Throws<ComponentFaultedException>(() => group.RunWithin(Bound, thrower, idle));

        Assert.Same(thrower, failure.Component);
        Assert.Contains(thrower.Name, failure.Message);
        Assert.True(idle.IsStopped);
    }

    [Fact]
    public void AGroupRunsAgainAfterARunThatAComponentFaulted()
    {
        var group = new SchedulerGroup(2);
        Assert.Throws<ComponentFaultedException>(() => group.RunWithin(Bound, group.Place(new Thrower(), 1)));

        var sink = new NumberedCollector();
        group.RunWithin(Bound, new Chain(group.Place(new NumberedSource(0, 20), 1), sink));

        Assert.Equal(20, sink.Received.Count);
    }

    [Fact]
    public void RunningAComponentPlacedInAGroupRunsTheWholeGroup()
    {
        var group = new SchedulerGroup(2);
        var sink = new NumberedCollector();
        var chain = group.Place(new Chain(group.Place(new NumberedSource(0, 30), 1), sink), 0);

        group.WithinOrStop(Bound, () => chain.Run());

        Assert.Equal(30, sink.Received.Count);
    }

    [Fact]
    public async Task CancellingRunAsyncTellsTopLevelComponentsOnEverySchedulerToStop()
    {
        var group = new SchedulerGroup(2);
        var left = group.Place(new Forwarder(), 0);
        var right = group.Place(new Forwarder(), 1);
        using var cancellation = new CancellationTokenSource();
        group.Activate(left);
        var run = group.Activate(right).RunAsync(cancellation.Token);

        await cancellation.CancelAsync();
        await run.WaitAsync(Bound);

        Assert.True(left.IsStopped);
        Assert.True(right.IsStopped);
    }

    [Fact]
    public async Task AfterTheGracePeriodRunAsyncStopsComponentsThatIgnoreTheShutdown()
    {
        var group = new SchedulerGroup(2) { ShutdownGracePeriod = TimeSpan.FromMilliseconds(50) };
        var deaf = group.Activate(new Idle(), 1);
        using var cancellation = new CancellationTokenSource();
        var run = group.RunAsync(cancellation.Token);

        await cancellation.CancelAsync();
        await run.WaitAsync(Bound);

        Assert.True(deaf.IsStopped);
    }

    [Fact]
    public void AGroupRunsAgainAfterARunThatEnded()
    {
        var group = new SchedulerGroup(2);
        var first = new NumberedCollector();
        group.RunWithin(Bound, new Chain(group.Place(new NumberedSource(0, 10), 1), first));

        var second = new NumberedCollector();
        group.RunWithin(Bound, new Chain(group.Place(new NumberedSource(0, 20), 1), second));

        Assert.Equal(10, first.Received.Count);
        Assert.Equal(20, second.Received.Count);
    }
}
