using Axon;
using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>The generated loop starts with OnStart, then drains each handled inbox in the inboxes' declaration order.</summary>
public sealed class HandlerLoopOrderTests
{
    [Fact]
    public void EachStepDrainsTheFirstDeclaredInboxBeforeTheSecond()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);
        recorder.Deliver("s1", "second");
        recorder.Deliver("f1", "first");
        recorder.Deliver("s2", "second");
        recorder.Deliver("f2", "first");

        scheduler.RunPass();

        Assert.Equal(["start", "first f1", "first f2", "second s1", "second s2"], recorder.Log);
    }

    [Fact]
    public void OnStartRunsOnceAcrossManySteps()
    {
        var scheduler = new Scheduler();
        var recorder = new Recorder();
        recorder.Activate(scheduler);

        Passes.RunUntilIdle(scheduler);
        recorder.Deliver("a", "first");
        Passes.RunUntilIdle(scheduler);
        recorder.Deliver("b", "second");
        Passes.RunUntilIdle(scheduler);

        Assert.Equal(["start", "first a", "second b"], recorder.Log);
        Assert.False(recorder.IsStopped);
    }
}
