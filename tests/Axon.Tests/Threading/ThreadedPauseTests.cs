using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedPauseTests
{
    [Fact]
    public void PauseWithATimeoutOnTheThreadReturnsWhenNothingHappens()
    {
        var scheduler = new Scheduler();
        var returned = false;
        var threaded = new ThreadedProbe(self =>
        {
            self.Pause(TimeSpan.FromMilliseconds(20));
            returned = true;
        });
        threaded.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.True(returned);
        Assert.True(threaded.IsStopped);
    }

    [Fact]
    public void PauseWithATimeoutOffTheThreadIsRefused()
    {
        var threaded = new ThreadedProbe(_ => { });

        Assert.Throws<InvalidOperationException>(() => threaded.Pause(TimeSpan.FromSeconds(1)));
    }
}
