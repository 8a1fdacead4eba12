using Axon.Tests.Scheduling;

namespace Axon.Tests.Threading;

public sealed class ThreadedStopTests
{
    [Fact]
    public void StoppingTheComponentEndsAThreadBlockedInRecv()
    {
        var scheduler = new Scheduler();
        using var receiving = new ManualResetEventSlim();
        using var ended = new ManualResetEventSlim();
        Exception? seen = null;
        var threaded = new ThreadedProbe(self =>
        {
            receiving.Set();
            try
            {
                self.Recv();
            }
            catch (Exception exception)
            {
                seen = exception;
                throw;
            }
            finally
            {
                ended.Set();
            }
        });
        threaded.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(receiving.Wait(Limits.Wait));

        threaded.Stop();

        Assert.True(ended.Wait(Limits.Wait));
        var stopped = Assert.IsType<ComponentStoppedException>(seen);
        Assert.Same(threaded, stopped.Component);
        running.WaitForEnd();
        Assert.True(threaded.IsStopped);
        Assert.Empty(scheduler.Faults);
    }

    [Fact]
    public void StoppingTheSchedulerEndsAThreadBlockedInRecv()
    {
        var scheduler = new Scheduler();
        using var receiving = new ManualResetEventSlim();
        using var ended = new ManualResetEventSlim();
        Exception? seen = null;
        var threaded = new ThreadedProbe(self =>
        {
            receiving.Set();
            try
            {
                self.Recv();
            }
            catch (Exception exception)
            {
                seen = exception;
            }
            finally
            {
                ended.Set();
            }
        });
        threaded.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(receiving.Wait(Limits.Wait));

        scheduler.Stop();

        running.WaitForEnd();
        Assert.True(ended.Wait(Limits.Wait));
        Assert.IsType<ComponentStoppedException>(seen);
    }

    [Fact]
    public void ACallFromAStoppedComponentsThreadThrowsInsteadOfWaitingForever()
    {
        var scheduler = new Scheduler();
        using var started = new ManualResetEventSlim();
        using var go = new ManualResetEventSlim();
        using var ended = new ManualResetEventSlim();
        Exception? seen = null;
        var threaded = new ThreadedProbe(self =>
        {
            started.Set();
            go.Wait(Limits.Wait);
            try
            {
                self.Sync();
            }
            catch (Exception exception)
            {
                seen = exception;
            }
            finally
            {
                ended.Set();
            }
        });
        threaded.Activate(scheduler);
        using var running = new RunningScheduler(scheduler);
        Assert.True(started.Wait(Limits.Wait));

        threaded.Stop();
        go.Set();

        Assert.True(ended.Wait(Limits.Wait));
        Assert.IsType<ComponentStoppedException>(seen);
        running.WaitForEnd();
    }
}
