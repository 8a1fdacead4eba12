using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class ClockTests
{
    [Fact]
    public void WithALimitItSendsThatManyNumberedTicksThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var clock = new Clock(TimeSpan.FromMilliseconds(5)) { Limit = 4 };
        var sink = new Collector();
        TestSystem.Around(scheduler, clock, sink);

        scheduler.RunWithin();

        Assert.Equal([1L, 2L, 3L, 4L], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(clock, signal.Caller);
    }

    [Fact]
    public void AShutdownSignalStopsAClockWithoutALimit()
    {
        var scheduler = new Scheduler();
        var clock = new Clock(TimeSpan.FromMilliseconds(5));
        var sink = new Collector();
        var shutdown = new ShutdownMicroprocess();
        clock.Deliver(shutdown, "control");
        TestSystem.Around(scheduler, clock, sink);

        scheduler.RunWithin();

        Assert.Same(shutdown, Assert.Single(sink.Controls));
        Assert.True(clock.IsStopped);
    }

    [Fact]
    public void ANonPositiveIntervalIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Clock(TimeSpan.Zero));
}
