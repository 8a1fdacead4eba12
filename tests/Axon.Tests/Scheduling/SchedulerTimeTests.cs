using Axon.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Axon.Tests.Scheduling;

public sealed class SchedulerTimeTests
{
    [Fact]
    public void TimeIsReadFromTheTimeProviderOncePerPass()
    {
        var time = new FakeTimeProvider();
        var scheduler = new Scheduler { TimeProvider = time };
        var readings = new List<(TimeSpan First, TimeSpan Second)>();
        new ScriptedComponent(_ => Script.Forever(() =>
        {
            var first = scheduler.Time;
            time.Advance(TimeSpan.FromSeconds(1));
            readings.Add((first, scheduler.Time));
        })).Activate(scheduler);

        scheduler.RunPasses(4);

        Assert.Equal(
            [(TimeSpan.Zero, TimeSpan.Zero), (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)), (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)), (TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3))],
            readings);
        Assert.Same(time, scheduler.TimeProvider);
    }

    [Fact]
    public void TheDefaultTimeProviderIsTheSystemsAndANullOneIsRefused()
    {
        Assert.Same(TimeProvider.System, new Scheduler().TimeProvider);
        Assert.Throws<ArgumentNullException>(() => new Scheduler { TimeProvider = null! });
    }
}
