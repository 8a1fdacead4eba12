using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedFaultTests
{
    [Fact]
    public void AnExceptionInThreadMainEndsAMortalRunAsAFaultOfTheComponent()
    {
        var scheduler = new Scheduler();
        var boom = new InvalidOperationException("boom");
        var threaded = new ThreadedProbe(_ => throw boom);
        threaded.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(scheduler.RunToEnd);

        Assert.Same(threaded, thrown.Component);
        Assert.Same(boom, thrown.InnerException);
    }

    [Fact]
    public void AnImmortalSchedulerRecordsAThreadsExceptionAndKeepsRunning()
    {
        var scheduler = new Scheduler { Immortal = true };
        var boom = new InvalidOperationException("boom");
        var threaded = new ThreadedProbe(_ => throw boom);
        var survivorSteps = 0;
        var survivor = new Probe(_ => Script.Of(() => survivorSteps++, () => survivorSteps++));
        threaded.Activate(scheduler);
        survivor.Activate(scheduler);

        scheduler.RunToEnd();

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(threaded, fault.Component);
        Assert.Same(boom, fault.Exception);
        Assert.True(threaded.IsStopped);
        Assert.Equal(2, survivorSteps);
    }
}
