using Kamaelia.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Tests.Util;

public sealed class ClockTests
{
    [Fact]
    public void ItTicksOncePerIntervalOfTheSchedulersTimeProvider()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var clock = new Clock(TimeSpan.FromSeconds(10));
        var sink = new Collector();
        TestSystem.Around(scheduler, clock, sink);
        scheduler.RunPasses(5);

        time.Advance(TimeSpan.FromSeconds(9));
        scheduler.RunPasses(5);
        Assert.Empty(sink.Received);

        time.Advance(TimeSpan.FromSeconds(1));
        scheduler.RunPasses(5);
        Assert.Equal([1L], sink.Received);

        time.Advance(TimeSpan.FromSeconds(20));
        scheduler.RunPasses(5);
        Assert.Equal([1L, 2L, 3L], sink.Received);
        Assert.True(clock.IsPaused, "Between ticks the clock sleeps.");
    }

    [Fact]
    public void WithALimitItSendsThatManyNumberedTicksThenProducerFinished()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler();
        var clock = new Clock(TimeSpan.FromMinutes(5), time) { Limit = 4 };
        var sink = new Collector();
        TestSystem.Around(scheduler, clock, sink);
        scheduler.RunPasses(5);

        for (var tick = 0; tick < 4; tick++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            scheduler.RunPasses(5);
        }

        scheduler.RunWithin();
        Assert.Equal([1L, 2L, 3L, 4L], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(clock, signal.Caller);
    }

    [Fact]
    public void AShutdownSignalStopsAClockWithoutALimit()
    {
        var scheduler = new Scheduler { TimeProvider = new FakeTimeProvider() };
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
