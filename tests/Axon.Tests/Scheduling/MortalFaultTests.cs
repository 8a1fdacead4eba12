using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class MortalFaultTests
{
    [Fact]
    public void RunThrowsComponentFaultedExceptionNamingTheComponentWithTheOriginalInside()
    {
        var scheduler = new Scheduler();
        var boom = new InvalidOperationException("boom");
        var faulty = new Probe(_ => Script.Of(() => { }, () => throw boom));
        faulty.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        Assert.Same(faulty, thrown.Component);
        Assert.Same(boom, thrown.InnerException);
        Assert.Contains(faulty.Name, thrown.Message);
    }

    [Fact]
    public void EveryComponentIsStoppedBeforeRunThrows()
    {
        var scheduler = new Scheduler();
        var sleeper = new Idle();
        var busy = new Looper("busy", []);
        var faulty = new Probe(_ => Script.Of(() => { }, () => throw new InvalidOperationException("boom")));
        sleeper.Activate(scheduler);
        busy.Activate(scheduler);
        faulty.Activate(scheduler);

        Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        Assert.True(sleeper.IsStopped);
        Assert.True(busy.IsStopped);
        Assert.True(faulty.IsStopped);
        Assert.Empty(scheduler.Components);
    }

    [Fact]
    public void TheFaultIsRecordedInFaults()
    {
        var scheduler = new Scheduler();
        var boom = new InvalidOperationException("boom");
        var faulty = new Probe(_ => Script.Of(() => throw boom));
        faulty.Activate(scheduler);

        Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(faulty, fault.Component);
        Assert.Same(boom, fault.Exception);
    }

    [Fact]
    public void AnExceptionIsNeverTakenForNormalCompletion()
    {
        var scheduler = new Scheduler();
        new Probe(_ => Script.Of(() => throw new InvalidOperationException("not an ending"))).Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunToEnd());

        Assert.IsType<InvalidOperationException>(thrown.InnerException);
    }
}
