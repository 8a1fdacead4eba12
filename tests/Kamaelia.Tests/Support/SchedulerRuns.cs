namespace Kamaelia.Tests.Support;

/// <summary>Bounded ways to drive a scheduler from a test: nothing here can hang a test run.</summary>
internal static class SchedulerRuns
{
    /// <summary>The longest any test waits for a system to finish.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <see cref="Scheduler.Run"/> on another thread and waits for it at most <paramref name="bound"/>;
    /// if it has not finished by then the scheduler is stopped and the test fails. Rethrows what Run threw.
    /// </summary>
    public static void RunWithin(this Scheduler scheduler, TimeSpan? bound = null)
    {
        var limit = bound ?? Bound;
        var run = Task.Factory.StartNew(scheduler.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit))
        {
            var running = string.Join(", ", scheduler.Components.Select(c => c.Name));
            scheduler.Stop();
            ((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit);
            Assert.Fail($"The scheduler did not finish within {limit}; still registered: {running}.");
        }

        run.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs passes on this thread until <paramref name="condition"/> holds, failing the test after
    /// <paramref name="maxPasses"/>. For systems with no timers or threads, where passes are deterministic.
    /// </summary>
    public static void RunUntil(this Scheduler scheduler, Func<bool> condition, int maxPasses = 1000)
    {
        for (var pass = 0; pass < maxPasses; pass++)
        {
            if (condition())
            {
                return;
            }

            scheduler.RunPass();
        }

        Assert.True(condition(), $"The condition did not hold after {maxPasses} passes.");
    }

    /// <summary>
    /// Runs passes on this thread until <paramref name="condition"/> holds, failing the test after
    /// <see cref="Bound"/>. For systems woken from other threads (async streams, channels), where what a pass
    /// finds depends on what the other threads have done by then.
    /// </summary>
    public static void RunUntilWithin(this Scheduler scheduler, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {Bound}.");
            if (!scheduler.HasRunnableComponents)
            {
                Thread.Sleep(1);
            }

            scheduler.RunPass();
        }
    }

    /// <summary>Runs exactly <paramref name="passes"/> passes (fewer if the system ends).</summary>
    public static void RunPasses(this Scheduler scheduler, int passes)
    {
        for (var pass = 0; pass < passes && scheduler.RunPass(); pass++)
        {
        }
    }
}
