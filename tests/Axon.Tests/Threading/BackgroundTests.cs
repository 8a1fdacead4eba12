using Axon.Tests.Scheduling;
using Axon.Tests.Support;

namespace Axon.Tests.Threading;

public sealed class BackgroundTests
{
    [Fact]
    public void ActivateHandsTheComponentToTheBackgroundsScheduler()
    {
        var scheduler = new Scheduler();
        using var running = new RunningBackground(scheduler);
        var background = running.Background;
        using var ran = new ManualResetEventSlim();

        var component = background.Activate(new Probe(_ => Script.Of(ran.Set)));

        Assert.Same(scheduler, background.Scheduler);
        Assert.Same(scheduler, component.Scheduler);
        Assert.True(ran.Wait(Limits.Wait));
    }

    [Fact]
    public void DisposeStopsTheSchedulerAndTheComponentsStillRunning()
    {
        var background = new Background().Start();
        using var asleep = new ManualResetEventSlim();
        var sleeper = background.Activate(new Probe(self => Script.Forever(() =>
        {
            self.Pause();
            asleep.Set();
        })));
        Assert.True(asleep.Wait(Limits.Wait));
        Assert.True(background.IsRunning);

        Limits.Within(() =>
        {
            background.Dispose();
            return true;
        });

        Assert.False(background.IsRunning);
        Assert.True(sleeper.IsStopped);
        Assert.Null(background.Fault);
    }

    [Fact]
    public void TheSchedulerKeepsRunningWithNoComponentUntilDisposed()
    {
        using var running = new RunningBackground();
        var background = running.Background;
        using var firstEnded = new ManualResetEventSlim();
        using var secondRan = new ManualResetEventSlim();
        background.Activate(new Probe(_ => Script.Of(() => { })) { OnClose = firstEnded.Set });
        Assert.True(firstEnded.Wait(Limits.Wait));

        Assert.Empty(background.Scheduler.Components);
        Assert.True(background.IsRunning);
        background.Activate(new Probe(_ => Script.Of(secondRan.Set)));

        Assert.True(secondRan.Wait(Limits.Wait));
        Assert.True(background.IsRunning);
    }

    [Fact]
    public void AFaultInTheBackgroundSchedulerIsExposedInFault()
    {
        using var running = new RunningBackground();
        var background = running.Background;
        var boom = new InvalidOperationException("boom");
        var faulty = background.Activate(new Probe(_ => Script.Of(() => throw boom)));

        Assert.True(SpinWait.SpinUntil(() => !background.IsRunning, Limits.Wait), "The background scheduler kept running after a fault.");

        var fault = Assert.IsType<ComponentFaultedException>(background.Fault);
        Assert.Same(faulty, fault.Component);
        Assert.Same(boom, fault.InnerException);
    }

    [Fact]
    public void AnImmortalBackgroundSchedulerReportsAFaultAndKeepsRunning()
    {
        var scheduler = new Scheduler { Immortal = true };
        using var running = new RunningBackground(scheduler);
        var background = running.Background;
        using var faulted = new ManualResetEventSlim();
        scheduler.ComponentFaulted += (_, _) => faulted.Set();
        background.Activate(new Probe(_ => Script.Of(() => throw new InvalidOperationException("boom"))));
        Assert.True(faulted.Wait(Limits.Wait));

        var handle = background.Activate(new Handle(new Forwarder()));
        handle.Put("still here");

        Assert.Equal("still here", handle.Get(timeout: Limits.Wait));
        Assert.True(background.IsRunning);
        Assert.Null(background.Fault);
        Assert.Single(scheduler.Faults);
    }
}
