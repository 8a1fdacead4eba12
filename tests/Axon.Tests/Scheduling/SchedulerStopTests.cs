using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class SchedulerStopTests
{
    [Fact]
    public void AStopDuringAPassLetsThatPassFinishThenStopsEveryComponent()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var first = new Looper("first", log);
        var stopper = new Probe(_ => Script.Forever(() =>
        {
            log.Add("stopper");
            scheduler.Stop();
        }));
        var last = new Looper("last", log);
        first.Activate(scheduler);
        stopper.Activate(scheduler);
        last.Activate(scheduler);

        Assert.False(scheduler.RunPass());

        Assert.Equal(["first", "stopper", "last"], log);
        Assert.True(first.IsStopped);
        Assert.True(stopper.IsStopped);
        Assert.True(last.IsStopped);
        Assert.Empty(scheduler.Components);
    }

    [Fact]
    public void StopDoesNotCloseComponentsDown()
    {
        var scheduler = new Scheduler();
        var target = new Idle();
        var linker = new Probe(self => Script.Forever(() => { }));
        var link = linker.Link((linker, "outbox"), (target, "inbox"));
        linker.Activate(scheduler);
        target.Activate(scheduler);
        scheduler.RunPass();

        scheduler.Stop();
        scheduler.RunPass();

        Assert.True(linker.IsStopped);
        Assert.Equal(0, linker.ClosedDownCount);
        Assert.True(link.IsActive);
    }

    [Fact]
    public void StopAlsoStopsSleepingComponents()
    {
        var scheduler = new Scheduler();
        var sleeper = new Idle();
        sleeper.Activate(scheduler);
        scheduler.RunPasses(2);

        scheduler.Stop();
        Assert.False(scheduler.RunPass());

        Assert.True(sleeper.IsStopped);
    }

    [Fact]
    public void AComponentThatStopsItsSchedulerEndsRunWhileOthersSleepForever()
    {
        var scheduler = new Scheduler();
        var sleeper = new Idle();
        sleeper.Activate(scheduler);
        new Probe(self => Script.Of(() => { }, () => self.Scheduler!.Stop())).Activate(scheduler);

        scheduler.RunToEnd();

        Assert.True(sleeper.IsStopped);
    }

    [Fact]
    public void ASchedulerThatWasStoppedCanRunNewComponentsAgain()
    {
        var scheduler = new Scheduler();
        new Idle().Activate(scheduler);
        new Probe(self => Script.Of(() => self.Scheduler!.Stop())).Activate(scheduler);
        scheduler.RunToEnd();

        var steps = 0;
        var next = new Probe(_ => Script.Of(() => steps++, () => steps++));
        next.Activate(scheduler);
        scheduler.RunToEnd();

        Assert.Equal(2, steps);
        Assert.True(next.IsStopped);
        Assert.Equal(1, next.ClosedDownCount);
    }
}
