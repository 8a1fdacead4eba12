namespace Kamaelia.Reliability.Tests.Support;

/// <summary>Bounded ways to drive a scheduler: nothing here can hang a test run.</summary>
internal static class Bounded
{
    /// <summary>The longest any test waits for a system (or a thread) to finish.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Runs passes on this thread until the system ends; fails after <paramref name="maxPasses"/>.</summary>
    public static long RunToEnd(this Scheduler scheduler, int maxPasses = 200_000)
    {
        for (var pass = 0; pass < maxPasses; pass++)
        {
            if (!scheduler.RunPass())
            {
                return pass + 1;
            }
        }

        var running = string.Join(", ", scheduler.Components.Select(c => c.Name));
        throw new Xunit.Sdk.XunitException($"The system did not end within {maxPasses} passes; still registered: {running}.");
    }

    /// <summary>
    /// Runs <see cref="Scheduler.Run"/> on another thread and waits for it at most <see cref="Limit"/>; if it has
    /// not finished by then the scheduler is stopped and the test fails. Rethrows what Run threw.
    /// </summary>
    public static void RunWithin(this Scheduler scheduler, TimeSpan? bound = null)
    {
        var limit = bound ?? Limit;
        var run = Task.Factory.StartNew(scheduler.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit))
        {
            var running = string.Join(", ", scheduler.Components.Select(c => c.Name));
            scheduler.Stop();
            ((IAsyncResult)run).AsyncWaitHandle.WaitOne(limit);
            throw new Xunit.Sdk.XunitException($"The scheduler did not finish within {limit}; still registered: {running}.");
        }

        run.GetAwaiter().GetResult();
    }

    /// <summary>Waits for a task at most <see cref="Limit"/>, failing the test otherwise.</summary>
    public static void Within(this Task task, string what)
    {
        if (!task.Wait(Limit))
        {
            throw new Xunit.Sdk.XunitException($"{what} did not finish within {Limit} (deadlock?).");
        }
    }
}

/// <summary>
/// Quick mode (the default, for CI) or long mode (KAMAELIA_LONG_TESTS=1): the same tests, more iterations.
/// </summary>
internal static class Mode
{
    public static bool Long { get; } = Environment.GetEnvironmentVariable("KAMAELIA_LONG_TESTS") is "1" or "true";

    /// <summary>The iteration count: <paramref name="quick"/> normally, <paramref name="quick"/> × factor in long mode.</summary>
    public static int Iterations(int quick, int longFactor = 20) => Long ? quick * longFactor : quick;
}

/// <summary>Stepping helpers.</summary>
internal static class Stepping
{
    /// <summary>Runs exactly <paramref name="passes"/> passes (fewer if the system ends).</summary>
    public static void RunPasses(this Scheduler scheduler, int passes)
    {
        for (var pass = 0; pass < passes && scheduler.RunPass(); pass++)
        {
        }
    }
}
