using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class PARTests
{
    [Fact]
    public void InboxIsCopiedToEveryChildAndTheirOutputsAreMerged()
    {
        var scheduler = new Scheduler();
        var par = new PAR(new PureTransformer(x => "A" + x), new PureTransformer(x => "B" + x));
        var sink = new Collector();
        par.Deliver(1);
        par.Deliver(2);
        par.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, par, sink);

        scheduler.RunWithin();

        Assert.Equal(["A1", "A2", "B1", "B2"], sink.Received.Order());
        Assert.Equal(["A1", "A2"], sink.Received.Where(m => ((string)m!)[0] == 'A'));
        Assert.Equal(["B1", "B2"], sink.Received.Where(m => ((string)m!)[0] == 'B'));
    }

    [Fact]
    public void ControlIsCopiedToEveryChildAndANewProducerFinishedFollowsWhenTheyHaveAllEnded()
    {
        var scheduler = new Scheduler();
        var left = new Collector();
        var right = new Collector();
        var par = new PAR(left, right);
        var sink = new Collector();
        var finished = new ProducerFinished();
        par.Deliver(finished, "control");
        TestSystem.Around(scheduler, par, sink);

        scheduler.RunWithin();

        Assert.Same(finished, Assert.Single(left.Controls));
        Assert.Same(finished, Assert.Single(right.Controls));
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(par, signal.Caller);
    }

    [Fact]
    public void ShutdownMicroprocessStopsThePARAtOnceWithoutWaitingForItsChildren()
    {
        var scheduler = new Scheduler();
        var stubborn = new Stubborn();
        var obedient = new Collector();
        var par = new PAR(stubborn, obedient);
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        TestSystem.Around(scheduler, par, sink);
        scheduler.RunPasses(5);
        par.Deliver(shutdown, "control");

        scheduler.RunUntil(() => par.IsStopped && sink.Controls.Count == 1 && obedient.IsStopped);

        Assert.Same(shutdown, sink.Controls[0]);
        Assert.Same(shutdown, Assert.Single(obedient.Controls));
        Assert.False(stubborn.IsStopped);
        stubborn.Stop();
        scheduler.RunWithin();
    }

    [Fact]
    public void WhenEveryChildEndsByItselfThePARSendsProducerFinished()
    {
        var scheduler = new Scheduler();
        var par = new PAR(new OneShot("a"), new OneShot("b"));
        var sink = new Collector();
        TestSystem.Around(scheduler, par, sink);

        scheduler.RunWithin();

        Assert.Equal(["a", "b"], sink.Received.Order());
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
    }
}
