namespace Axon.Tests.Scheduling;

public sealed class NewComponentTests
{
    [Fact]
    public void YieldingNewComponentActivatesThemOnTheSameSchedulerFromTheNextPass()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var first = new Looper("first", log);
        var second = new Looper("second", log);
        new Probe(_ => YieldNewComponents(log, first, second)).Activate(scheduler);

        scheduler.RunPass();
        Assert.Equal(["parent"], log);

        log.Clear();
        scheduler.RunPass();
        Assert.Equal(["first", "second"], log);
        Assert.Same(scheduler, first.Scheduler);
        Assert.Same(scheduler, second.Scheduler);
    }

    private static IEnumerable<object?> YieldNewComponents(List<string> log, params Component[] components)
    {
        log.Add("parent");
        yield return new NewComponent(components);
    }
}
