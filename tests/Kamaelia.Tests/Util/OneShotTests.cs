using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class OneShotTests
{
    [Fact]
    public void ItSendsItsMessageOnceThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var shot = new OneShot("bang");
        var sink = new Collector();
        TestSystem.Around(scheduler, shot, sink);

        scheduler.RunWithin();

        Assert.Equal(["bang"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(shot, signal.Caller);
    }

    [Fact]
    public void AFullDestinationMakesItWaitRatherThanFail()
    {
        var scheduler = new Scheduler();
        var shot = new OneShot("second");
        var sink = new Collector();
        sink.Inbox.SizeLimit = 1;
        sink.Deliver("first");
        var system = new TestSystem(shot, sink).Chain(shot, sink);
        system.Activate(scheduler);

        // The sink's inbox is full until the sink's first step collects; the shot must wait, not throw.
        scheduler.RunWithin();

        Assert.Equal(["first", "second"], sink.Received);
    }
}
