using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class CloseDownFaultTests
{
    [Fact]
    public void AThrowInOnClosedDownIsReportedByAnImmortalScheduler()
    {
        var scheduler = new Scheduler { Immortal = true };
        var failure = new InvalidOperationException("cannot clean up");
        var component = new Probe(_ => Script.Of(() => { })) { OnClose = () => throw failure };
        component.Activate(scheduler);

        scheduler.RunToEnd();

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(component, fault.Component);
        Assert.Same(failure, fault.Exception);
        Assert.Equal(1, component.ClosedDownCount);
    }

    [Fact]
    public void AThrowInOnClosedDownEndsAMortalRun()
    {
        var scheduler = new Scheduler();
        var failure = new InvalidOperationException("cannot clean up");
        var component = new Probe(_ => Script.Of(() => { })) { OnClose = () => throw failure };
        var busy = new Looper("busy", []);
        component.Activate(scheduler);
        busy.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        Assert.Same(component, thrown.Component);
        Assert.Same(failure, thrown.InnerException);
        Assert.True(busy.IsStopped);
    }

    [Fact]
    public void AThrowInOnClosedDownStillRemovesLinksAndWakesTheParent()
    {
        var scheduler = new Scheduler { Immortal = true };
        var target = new Idle();
        var component = new Probe(_ => Script.Of(() => { })) { OnClose = () => throw new InvalidOperationException("cannot clean up") };
        var link = component.Link((component, "outbox"), (target, "inbox"));
        var parentSteps = 0;
        var parent = new Probe(self => Script.Forever(() =>
        {
            parentSteps++;
            self.Pause();
        }));
        parent.AddChildren(component);
        parent.Activate(scheduler);
        component.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.False(link.IsActive);
        Assert.Equal(2, parentSteps);
    }
}
