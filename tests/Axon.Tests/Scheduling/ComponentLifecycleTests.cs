using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class ComponentLifecycleTests
{
    [Fact]
    public void MainRunsAsAnIteratorOneSegmentPerStep()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var component = new Probe(_ => Script.Of(() => log.Add("one"), () => log.Add("two")));
        component.Activate(scheduler);

        scheduler.RunPass();
        Assert.Equal(["one"], log);
        scheduler.RunPass();
        Assert.Equal(["one", "two"], log);
        Assert.False(component.IsStopped);

        Assert.False(scheduler.RunPass());
        Assert.True(component.IsStopped);
    }

    [Fact]
    public void AComponentWhoseMainEndsIsStoppedUnregisteredAndClosedDownOnce()
    {
        var scheduler = new Scheduler();
        var component = new Probe(_ => Script.Of(() => { }));
        component.Activate(scheduler);

        scheduler.RunPasses(5);

        Assert.True(component.IsStopped);
        Assert.DoesNotContain(component, scheduler.Components);
        Assert.Equal(1, component.ClosedDownCount);
    }

    [Fact]
    public void AFinishedComponentRemovesTheLinksItMadeButNotLinksOthersMadeToIt()
    {
        var scheduler = new Scheduler();
        var other = new Idle();
        var finisher = new Probe(_ => Script.Of(() => { }));
        var own = finisher.Link((finisher, "outbox"), (other, "inbox"));
        var byOther = other.Link((other, "outbox"), (finisher, "inbox"));
        finisher.Activate(scheduler);

        scheduler.RunPasses(2);

        Assert.True(finisher.IsStopped);
        Assert.False(own.IsActive);
        Assert.Empty(finisher.Linkages);
        Assert.True(byOther.IsActive);
    }

    [Fact]
    public void AFinishedChildWakesItsParent()
    {
        var scheduler = new Scheduler();
        var child = new Probe(_ => Script.Of(() => { }, () => { }));
        var parentSteps = 0;
        var parent = new Probe(self => Script.Forever(() =>
        {
            parentSteps++;
            self.Pause();
        }));
        parent.AddChildren(child);
        parent.Activate(scheduler);
        child.Activate(scheduler);

        scheduler.RunPasses(2);
        Assert.Equal(1, parentSteps);

        scheduler.RunPasses(2);
        Assert.True(child.IsStopped);
        Assert.Equal(2, parentSteps);
    }

    [Fact]
    public void StoppingARunningComponentClosesItDownBeforeItsNextStep()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var target = new Idle();
        var running = new Probe(_ => Script.Forever(() => log.Add("step")));
        var link = running.Link((running, "outbox"), (target, "inbox"));
        running.Activate(scheduler);
        scheduler.RunPass();

        running.Stop();
        scheduler.RunPass();

        Assert.Equal(["step"], log);
        Assert.True(running.IsStopped);
        Assert.Equal(1, running.ClosedDownCount);
        Assert.False(link.IsActive);
    }

    [Fact]
    public void StoppingASleepingComponentClosesItDownAndWakesItsParent()
    {
        var scheduler = new Scheduler();
        var sleeper = new Probe(self => Script.Forever(self.Pause));
        var parentSteps = 0;
        var parent = new Probe(self => Script.Forever(() =>
        {
            parentSteps++;
            self.Pause();
        }));
        parent.AddChildren(sleeper);
        parent.Activate(scheduler);
        sleeper.Activate(scheduler);
        scheduler.RunPasses(3);
        Assert.True(sleeper.IsPaused);

        sleeper.Stop();
        scheduler.RunPasses(2);

        Assert.True(sleeper.IsStopped);
        Assert.Equal(1, sleeper.ClosedDownCount);
        Assert.Equal(2, parentSteps);
    }

    [Fact]
    public void AComponentStoppedByAnotherEarlierInThePassRunsNoFurtherStep()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        Probe? victim = null;
        new Probe(_ => Script.Of(() => victim!.Stop())).Activate(scheduler);
        victim = new Probe(_ => Script.Forever(() => log.Add("victim")));
        victim.Activate(scheduler);

        scheduler.RunPass();

        Assert.Empty(log);
        Assert.True(victim.IsStopped);
        Assert.Equal(1, victim.ClosedDownCount);
    }

    [Fact]
    public void StoppingTwiceClosesDownOnce()
    {
        var scheduler = new Scheduler();
        var component = new Probe(_ => Script.Forever(() => { }));
        component.Activate(scheduler);
        scheduler.RunPass();

        component.Stop();
        component.Stop();
        scheduler.RunPasses(2);
        component.Stop();
        scheduler.RunPass();

        Assert.Equal(1, component.ClosedDownCount);
    }

    [Fact]
    public void StoppingAComponentDisposesItsIteratorSoItsFinallyBlocksRun()
    {
        var scheduler = new Scheduler();
        var cleanedUp = false;
        var component = new Probe(_ => LoopWithCleanup(() => cleanedUp = true));
        component.Activate(scheduler);
        scheduler.RunPass();
        Assert.False(cleanedUp);

        component.Stop();
        scheduler.RunPass();

        Assert.True(cleanedUp);
    }

    [Fact]
    public void AComponentStoppedBeforeActivationNeverRunsAStep()
    {
        var scheduler = new Scheduler();
        var steps = 0;
        var component = new Probe(_ => Script.Forever(() => steps++));

        component.Stop();
        component.Activate(scheduler);
        scheduler.RunPasses(2);

        Assert.Equal(0, steps);
        Assert.True(component.IsStopped);
        Assert.Empty(scheduler.Components);
    }

    private static IEnumerable<object?> LoopWithCleanup(Action cleanup)
    {
        try
        {
            while (true)
            {
                yield return null;
            }
        }
        finally
        {
            cleanup();
        }
    }
}
