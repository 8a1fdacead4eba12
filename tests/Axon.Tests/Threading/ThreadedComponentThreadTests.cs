using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedComponentThreadTests
{
    [Fact]
    public void ThreadMainRunsOnItsOwnThread()
    {
        var scheduler = new Scheduler();
        int? workerThread = null;
        bool? onWorkerInside = null;
        int? schedulerThread = null;
        var threaded = new ThreadedProbe(self =>
        {
            workerThread = Environment.CurrentManagedThreadId;
            onWorkerInside = self.IsOnWorkerThread;
        });
        threaded.Activate(scheduler);
        new Probe(_ => Script.Of(() => schedulerThread = Environment.CurrentManagedThreadId)).Activate(scheduler);

        scheduler.RunToEnd();

        Assert.NotNull(workerThread);
        Assert.NotEqual(schedulerThread, workerThread);
        Assert.True(onWorkerInside);
        Assert.False(threaded.IsOnWorkerThread);
        Assert.True(threaded.IsStopped);
    }

    [Fact]
    public void TheComponentEndsWhenThreadMainReturns()
    {
        var scheduler = new Scheduler();
        var threaded = new ThreadedProbe(_ => { });
        threaded.Activate(scheduler);

        scheduler.RunToEnd();

        Assert.True(threaded.IsStopped);
        Assert.Empty(scheduler.Components);
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public void AQueueLengthBelowOneIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadedProbe(_ => { }, queueLength: 0));
    }
}
