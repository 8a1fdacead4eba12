using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class RoundRobinPassTests
{
    [Fact]
    public void EveryAwakeComponentRunsOneStepPerPassInRoundRobinOrder()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        new Looper("a", log).Activate(scheduler);
        new Looper("b", log).Activate(scheduler);
        new Looper("c", log).Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.Equal(["a", "b", "c", "a", "b", "c", "a", "b", "c"], log);
    }

    [Fact]
    public void AComponentActivatedBeforeTheFirstPassRunsInTheFirstPass()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        new Looper("a", log).Activate(scheduler);

        Assert.Empty(log);
        scheduler.RunPass();

        Assert.Equal(["a"], log);
    }

    [Fact]
    public void AComponentActivatedDuringAPassFirstRunsInTheNextPass()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var late = new Looper("late", log);
        new Probe(self => ActivateOnFirstStep(self, log, late)).Activate(scheduler);
        new Looper("b", log).Activate(scheduler);

        scheduler.RunPass();
        Assert.Equal(["activator", "b"], log);

        log.Clear();
        scheduler.RunPass();
        Assert.Equal(["activator", "b", "late"], log);
    }

    [Fact]
    public void ComponentsActivatedDuringAPassJoinTheTailInTheOrderTheyWereActivated()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var x = new Looper("x", log);
        var y = new Looper("y", log);
        new Probe(self => ActivateOnFirstStep(self, log, y, x)).Activate(scheduler);
        new Looper("b", log).Activate(scheduler);

        scheduler.RunPass();
        log.Clear();
        scheduler.RunPass();

        Assert.Equal(["activator", "b", "y", "x"], log);
    }

    [Fact]
    public void AWokenComponentRejoinsAtTheTailOfTheRunOrder()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        new Looper("a", log).Activate(scheduler);
        var sleeper = new Probe(self => Script.Forever(() =>
        {
            log.Add("sleeper");
            self.Pause();
        }));
        sleeper.Activate(scheduler);
        new Probe(_ => Script.Of(
            () => log.Add("waker"),
            () =>
            {
                log.Add("waker");
                sleeper.Unpause();
            },
            () => log.Add("waker"))).Activate(scheduler);

        scheduler.RunPass();
        Assert.Equal(["a", "sleeper", "waker"], log);

        log.Clear();
        scheduler.RunPass();
        Assert.Equal(["a", "waker"], log);

        log.Clear();
        scheduler.RunPass();
        Assert.Equal(["a", "waker", "sleeper"], log);
    }

    [Fact]
    public void PassCountCountsEveryPassEvenAnEmptyOne()
    {
        var scheduler = new Scheduler();
        Assert.Equal(0, scheduler.PassCount);

        Assert.False(scheduler.RunPass());
        Assert.False(scheduler.RunPass());

        Assert.Equal(2, scheduler.PassCount);
    }

    [Fact]
    public void RunPassReportsWhetherAnyComponentRemains()
    {
        var scheduler = new Scheduler();
        new Probe(_ => Script.Of(() => { })).Activate(scheduler);

        Assert.True(scheduler.RunPass());
        Assert.False(scheduler.RunPass());
    }

    private static IEnumerable<object?> ActivateOnFirstStep(Component self, List<string> log, params Component[] others)
    {
        log.Add("activator");
        foreach (var other in others)
        {
            other.Activate(self.Scheduler);
        }

        while (true)
        {
            yield return null;
            log.Add("activator");
        }
    }
}
