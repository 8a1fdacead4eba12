using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class TriggeredSourceTests
{
    [Fact]
    public void EveryTriggerSendsTheMessageOnce()
    {
        var scheduler = new Scheduler();
        var source = new TriggeredSource("tick");
        var sink = new Collector();
        source.Deliver(1);
        source.Deliver(2);
        source.Deliver(3);
        var finished = new ProducerFinished();
        source.Deliver(finished, "control");
        TestSystem.Around(scheduler, source, sink);

        scheduler.RunWithin();

        Assert.Equal(["tick", "tick", "tick"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }
}
