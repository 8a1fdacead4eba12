using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class IdleSchedulerTests
{
    [Fact]
    public void RunPassReturnsAtOnceWhenEveryComponentSleeps()
    {
        var scheduler = new Scheduler();
        new Idle().Activate(scheduler);

        var results = Limits.Within(() => Enumerable.Range(0, 100).Select(_ => scheduler.RunPass()).ToList());

        Assert.All(results, more => Assert.True(more));
    }

    [Fact]
    public void RunReturnsAtOnceWhenThereIsNoComponent()
    {
        var scheduler = new Scheduler();

        scheduler.RunToEnd();

        Assert.Empty(scheduler.Components);
    }

    [Fact]
    public void RunReturnsWhenTheLastComponentHasEnded()
    {
        var scheduler = new Scheduler();
        var shortLived = new Probe(_ => Script.Of(() => { }));
        var longerLived = new Probe(_ => Script.Of(() => { }, () => { }, () => { }));
        shortLived.Activate(scheduler);
        longerLived.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.True(shortLived.IsStopped);
        Assert.True(longerLived.IsStopped);
        Assert.Equal(0, scheduler.ComponentCount);
    }

    [Fact]
    public void RunWaitsWithoutBusyPassesWhileEveryComponentSleeps()
    {
        var scheduler = new Scheduler();
        using var asleep = new ManualResetEventSlim();
        var sleeper = new Probe(self => Script.Of(() =>
        {
            self.Pause();
            asleep.Set();
        }));
        sleeper.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(asleep.Wait(Limits.Wait));

        Assert.False(running.EndsWithin(TimeSpan.FromMilliseconds(100)), "Run returned while a component was asleep.");
        var passesWhileAsleep = scheduler.PassCount;
        Assert.False(running.EndsWithin(TimeSpan.FromMilliseconds(100)), "Run returned while a component was asleep.");

        Assert.InRange(scheduler.PassCount - passesWhileAsleep, 0, 1);
        Assert.False(sleeper.IsStopped);
    }

    [Fact]
    public void AnUnpauseFromAnotherThreadResumesAWaitingRun()
    {
        var scheduler = new Scheduler();
        using var asleep = new ManualResetEventSlim();
        var resumed = false;
        var sleeper = new Probe(self => Script.Of(
            () =>
            {
                self.Pause();
                asleep.Set();
            },
            () => resumed = true));
        sleeper.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(asleep.Wait(Limits.Wait));

        sleeper.Unpause();

        running.WaitForEnd();
        Assert.True(resumed);
        Assert.True(sleeper.IsStopped);
    }

    [Fact]
    public void StopFromAnotherThreadEndsAWaitingRun()
    {
        var scheduler = new Scheduler();
        using var asleep = new ManualResetEventSlim();
        var sleeper = new Probe(self => Script.Forever(() =>
        {
            self.Pause();
            asleep.Set();
        }));
        sleeper.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(asleep.Wait(Limits.Wait));

        scheduler.Stop();

        running.WaitForEnd();
        Assert.True(sleeper.IsStopped);
        Assert.Equal(0, sleeper.ClosedDownCount);
    }
}
