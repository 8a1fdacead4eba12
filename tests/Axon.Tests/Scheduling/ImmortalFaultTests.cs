using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class ImmortalFaultTests
{
    [Fact]
    public void TheFaultyComponentIsStoppedAndTheRestKeepRunning()
    {
        var scheduler = new Scheduler { Immortal = true };
        var faulty = new Probe(_ => Script.Of(() => throw new InvalidOperationException("boom")));
        var busy = new Looper("busy", []);
        faulty.Activate(scheduler);
        busy.Activate(scheduler);

        scheduler.RunPasses(10);

        Assert.True(faulty.IsStopped);
        Assert.Equal(10, busy.Steps);
        Assert.Equal([busy], scheduler.Components);
    }

    [Fact]
    public void RunReturnsNormallyOnceTheOthersHaveEnded()
    {
        var scheduler = new Scheduler { Immortal = true };
        new Probe(_ => Script.Of(() => throw new InvalidOperationException("boom"))).Activate(scheduler);
        var survivor = new Probe(_ => Script.Of(() => { }, () => { }, () => { }));
        survivor.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.True(survivor.IsStopped);
        Assert.Equal(1, survivor.ClosedDownCount);
    }

    [Fact]
    public void TheFaultyComponentsLinksAreRemoved()
    {
        var scheduler = new Scheduler { Immortal = true };
        var target = new Idle();
        var faulty = new Probe(_ => Script.Of(() => throw new InvalidOperationException("boom")));
        var link = faulty.Link((faulty, "outbox"), (target, "inbox"));
        faulty.Activate(scheduler);

        scheduler.RunPass();

        Assert.False(link.IsActive);
        Assert.Empty(faulty.Linkages);
        Assert.Equal(1, faulty.ClosedDownCount);
    }

    [Fact]
    public void TheFaultyComponentsParentIsWoken()
    {
        var scheduler = new Scheduler { Immortal = true };
        var faulty = new Probe(_ => Script.Of(() => { }, () => throw new InvalidOperationException("boom")));
        var parentSteps = 0;
        var parent = new Probe(self => Script.Forever(() =>
        {
            parentSteps++;
            self.Pause();
        }));
        parent.AddChildren(faulty);
        parent.Activate(scheduler);
        faulty.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.True(faulty.IsStopped);
        Assert.Equal(2, parentSteps);
    }

    [Fact]
    public void TheFaultIsRecordedAndRaisedOnTheSchedulersThread()
    {
        var scheduler = new Scheduler { Immortal = true };
        var boom = new InvalidOperationException("boom");
        var faulty = new Probe(_ => Script.Of(() => throw boom));
        var raised = new List<(ComponentFault Fault, int Thread)>();
        scheduler.ComponentFaulted += (sender, fault) =>
        {
            Assert.Same(scheduler, sender);
            raised.Add((fault, Environment.CurrentManagedThreadId));
        };
        faulty.Activate(scheduler);

        scheduler.RunPass();

        var recorded = Assert.Single(scheduler.Faults);
        Assert.Same(faulty, recorded.Component);
        Assert.Same(boom, recorded.Exception);
        var (fault, thread) = Assert.Single(raised);
        Assert.Equal(recorded, fault);
        Assert.Equal(Environment.CurrentManagedThreadId, thread);
    }
}
