using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class SchedulerRegistrationTests
{
    [Fact]
    public void ComponentsListsEveryRegisteredComponentAwakeOrAsleep()
    {
        var scheduler = new Scheduler();
        var sleeper = new Idle();
        var busy = new Looper("busy", []);
        sleeper.Activate(scheduler);
        busy.Activate(scheduler);

        scheduler.RunPasses(2);

        Assert.True(sleeper.IsPaused);
        Assert.Equal(2, scheduler.ComponentCount);
        Assert.Contains(sleeper, scheduler.Components);
        Assert.Contains(busy, scheduler.Components);
    }

    [Fact]
    public void AFinishedComponentLeavesTheComponentsList()
    {
        var scheduler = new Scheduler();
        var finisher = new Probe(_ => Script.Of(() => { }));
        var busy = new Looper("busy", []);
        finisher.Activate(scheduler);
        busy.Activate(scheduler);

        scheduler.RunPasses(2);

        Assert.Equal([busy], scheduler.Components);
    }

    [Fact]
    public void ActivatingASleepingComponentAgainOnlyWakesIt()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var component = new Probe(self => Script.Of(
            () =>
            {
                log.Add("first");
                self.Pause();
            },
            () =>
            {
                log.Add("second");
                self.Pause();
            }));
        component.Activate(scheduler);
        scheduler.RunPasses(2);
        Assert.Equal(["first"], log);

        component.Activate(scheduler);
        scheduler.RunPass();

        Assert.Equal(["first", "second"], log);
    }

    [Fact]
    public void ActivatingTwiceBeforeTheFirstPassRunsItOncePerPass()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var looper = new Looper("looper", log);

        looper.Activate(scheduler);
        looper.Activate(scheduler);
        scheduler.RunPasses(2);

        Assert.Equal(["looper", "looper"], log);
        Assert.Single(scheduler.Components);
    }

    [Fact]
    public void ActivatingOnASecondSchedulerThrows()
    {
        var first = new Scheduler();
        var second = new Scheduler();
        var component = new Idle();
        component.Activate(first);

        Assert.Throws<InvalidOperationException>(() => component.Activate(second));
        Assert.Same(first, component.Scheduler);
    }

    [Fact]
    public void ActivateReturnsTheComponentAndRecordsItsScheduler()
    {
        var scheduler = new Scheduler();
        var component = new Idle();
        Assert.Null(component.Scheduler);

        var returned = component.Activate(scheduler);

        Assert.Same(component, returned);
        Assert.Same(scheduler, component.Scheduler);
    }

    [Fact]
    public void ActivateWithNoSchedulerDuringAPassUsesTheSchedulerRunningThePass()
    {
        var scheduler = new Scheduler();
        var child = new Looper("child", []);
        new Probe(_ => Script.Of(() => child.Activate())).Activate(scheduler);

        scheduler.RunPasses(2);

        Assert.Same(scheduler, child.Scheduler);
        Assert.Equal(1, child.Steps);
    }

    [Fact]
    public void CurrentIsTheSchedulerRunningAPassAndNullOutsideOne()
    {
        var scheduler = new Scheduler();
        Scheduler? seenInside = null;
        new Probe(_ => Script.Of(() => seenInside = Scheduler.Current)).Activate(scheduler);

        scheduler.RunPass();

        Assert.Same(scheduler, seenInside);
        Assert.Null(Scheduler.Current);
    }

    [Fact]
    public void AFinishedComponentDoesNotRunAgainWhenActivatedAgain()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var component = new Probe(_ => Script.Of(() => steps++));
        component.Activate(scheduler);
        scheduler.RunPasses(2);
        Assert.True(component.IsStopped);

        component.Activate(scheduler);
        scheduler.RunPasses(2);

        Assert.Equal(1, steps);
        Assert.Empty(scheduler.Components);
    }
}
