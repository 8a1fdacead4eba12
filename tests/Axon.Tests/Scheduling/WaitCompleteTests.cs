using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class WaitCompleteTests
{
    [Fact]
    public void ASubIteratorRunsToItsEndBeforeTheCallerResumes()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        new Probe(_ => Caller(log, Script.Of(() => log.Add("sub 1"), () => log.Add("sub 2"), () => log.Add("sub 3")))).Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(["before", "sub 1", "sub 2", "sub 3", "after"], log);
    }

    [Fact]
    public void TheCallerDoesNotResumeWhileTheSubIteratorIsStillRunning()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        new Probe(_ => Caller(log, Script.Forever(() => log.Add("sub")))).Activate(scheduler);

        scheduler.RunPasses(20);

        Assert.DoesNotContain("after", log);
        Assert.Equal(19, log.Count(entry => entry == "sub"));
    }

    [Fact]
    public void NestedSubIteratorsResumeEachLevelInOrder()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var inner = Script.Of(() => log.Add("inner"));
        var middle = Wrap(log, "middle", inner);
        new Probe(_ => Wrap(log, "outer", middle)).Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Equal(["outer before", "middle before", "inner", "middle after", "outer after"], log);
    }

    [Fact]
    public void PauseInsideASubIteratorPutsTheComponentToSleepUntilAMessageArrives()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var subSteps = 0;
        var component = new Probe(self => Caller(log, WaitForMessage(self, log, () => subSteps++)));
        component.Activate(scheduler);

        scheduler.RunPasses(10);
        Assert.Equal(1, subSteps);
        Assert.True(component.IsPaused);

        component.Deliver("wake up");
        scheduler.RunToEnd();

        Assert.Equal(2, subSteps);
        Assert.Equal(["before", "got wake up", "after"], log);
    }

    [Fact]
    public void NewComponentYieldedInsideASubIteratorActivatesThem()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var child = new Probe(_ => Script.Of(() => log.Add("child")));
        new Probe(_ => Caller(log, YieldNewComponent(child))).Activate(scheduler);

        scheduler.RunToEnd();

        Assert.Contains("child", log);
        Assert.True(child.IsStopped);
        Assert.Same(scheduler, child.Scheduler);
    }

    [Fact]
    public void AnExceptionInASubIteratorIsAFaultOfTheComponent()
    {
        var scheduler = new Scheduler { Immortal = true };
        var boom = new InvalidOperationException("boom");
        var log = new List<string>();
        var component = new Probe(_ => Caller(log, Throw(boom)));
        component.Activate(scheduler);

        scheduler.RunToEnd();

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(component, fault.Component);
        Assert.Same(boom, fault.Exception);
        Assert.DoesNotContain("after", log);
    }

    [Fact]
    public void StoppingAComponentInsideASubIteratorRunsTheFinallyBlocksOfBoth()
    {
        var scheduler = new Scheduler();
        var log = new List<string>();
        var sub = Guarded(log, "sub", Script.Forever(() => { }));
        var component = new Probe(_ => Guarded(log, "main", Detour(sub)));
        component.Activate(scheduler);
        scheduler.RunPasses(3);

        component.Stop();
        scheduler.RunPass();

        Assert.Equal(["sub finally", "main finally"], log);
    }

    private static IEnumerable<object?> Caller(List<string> log, IEnumerable<object?> sub)
    {
        log.Add("before");
        yield return new WaitComplete(sub);
        log.Add("after");
    }

    private static IEnumerable<object?> Wrap(List<string> log, string name, IEnumerable<object?> sub)
    {
        log.Add(name + " before");
        yield return new WaitComplete(sub);
        log.Add(name + " after");
    }

    private static IEnumerable<object?> Detour(IEnumerable<object?> sub)
    {
        yield return new WaitComplete(sub);
    }

    private static IEnumerable<object?> WaitForMessage(Component self, List<string> log, Action counted)
    {
        while (true)
        {
            counted();
            if (self.TryRecv("inbox", out var message))
            {
                log.Add($"got {message}");
                yield break;
            }

            self.Pause();
            yield return null;
        }
    }

    private static IEnumerable<object?> YieldNewComponent(Component child)
    {
        yield return new NewComponent(child);
    }

    private static IEnumerable<object?> Throw(Exception exception)
    {
        yield return null;
        throw exception;
    }

    private static IEnumerable<object?> Guarded(List<string> log, string name, IEnumerable<object?> body)
    {
        try
        {
            foreach (var step in body)
            {
                yield return step;
            }
        }
        finally
        {
            log.Add(name + " finally");
        }
    }
}
