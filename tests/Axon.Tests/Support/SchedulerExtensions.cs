namespace Axon.Tests.Support;

internal static class SchedulerExtensions
{
    /// <summary>Runs passes until none remains or the bound is reached; returns how many ran.</summary>
    public static int RunPasses(this Scheduler scheduler, int passes)
    {
        for (var i = 0; i < passes; i++)
        {
            if (!scheduler.RunPass())
            {
                return i + 1;
            }
        }

        return passes;
    }

    /// <summary>Runs <see cref="Scheduler.Run"/> on another thread, failing the test if it takes longer than the bound.</summary>
    public static void RunWithin(this Scheduler scheduler, TimeSpan bound)
    {
        var run = Task.Factory.StartNew(scheduler.Run, TaskCreationOptions.LongRunning);
        if (!run.Wait(bound))
        {
            scheduler.Stop();
            throw new TimeoutException($"The scheduler did not finish within {bound}.");
        }

        run.GetAwaiter().GetResult();
    }
}
