namespace Axon.Tests.Scheduling;

/// <summary>How long a test waits for something that should happen at once before it calls it a failure.</summary>
internal static class Limits
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Runs work on another thread and returns its result, failing if it takes longer than <see cref="Wait"/>.</summary>
    public static T Within<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(Wait);
        }
        catch (AggregateException)
        {
            finished = true;
        }

        return finished ? task.GetAwaiter().GetResult() : throw new TimeoutException($"The work did not finish within {Wait}.");
    }
}

/// <summary>Bodies for components written as a list of steps.</summary>
internal static class Script
{
    /// <summary>Runs one action per step, then ends on the step after the last.</summary>
    public static IEnumerable<object?> Of(params Action[] steps)
    {
        foreach (var step in steps)
        {
            step();
            yield return null;
        }
    }

    /// <summary>Runs the action at every step, forever.</summary>
    public static IEnumerable<object?> Forever(Action step)
    {
        while (true)
        {
            step();
            yield return null;
        }
    }
}

/// <summary>
/// A component with the standard boxes whose body is given as an iterator function; it counts its close-downs
/// and can run a check (or throw) when closed down.
/// </summary>
internal sealed class Probe(Func<Probe, IEnumerable<object?>> body) : Component
{
    public int ClosedDownCount { get; private set; }

    public Action? OnClose { get; init; }

    protected override IEnumerable<object?> Main() => body(this);

    protected override void OnClosedDown()
    {
        ClosedDownCount++;
        OnClose?.Invoke();
    }
}

/// <summary>Adds its name to a shared log at every step, forever, and never pauses.</summary>
internal sealed class Looper(string label, List<string> log) : Component
{
    public int Steps { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            Steps++;
            log.Add(label);
            yield return null;
        }
    }
}

/// <summary>Takes messages from "inbox" (at most <paramref name="perStep"/> per step) until it has <paramref name="count"/>, then ends.</summary>
internal sealed class Taker(int count, int perStep = int.MaxValue) : Component
{
    public List<object?> Received { get; } = [];

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            for (var i = 0; i < perStep && Received.Count < count && TryRecv("inbox", out var message); i++)
            {
                Received.Add(message);
            }

            if (Received.Count >= count)
            {
                yield break;
            }

            if (DataReady("inbox") == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>
/// Runs <see cref="Scheduler.Run"/> on its own thread for a test that must act while it runs. Disposing stops
/// the scheduler, so a failing test never leaves it running.
/// </summary>
internal sealed class RunningScheduler : IDisposable
{
    private readonly Task _run;

    public RunningScheduler(Scheduler scheduler)
    {
        Scheduler = scheduler;
        _run = Task.Factory.StartNew(scheduler.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public Scheduler Scheduler { get; }

    /// <summary>True if <see cref="Scheduler.Run"/> returned (or threw) within the bound.</summary>
    public bool EndsWithin(TimeSpan bound)
    {
        try
        {
            return _run.Wait(bound);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    /// <summary>Waits (bounded) for <see cref="Scheduler.Run"/> to return, rethrowing what it threw.</summary>
    public void WaitForEnd()
    {
        if (!EndsWithin(Limits.Wait))
        {
            throw new TimeoutException($"The scheduler did not finish within {Limits.Wait}.");
        }

        _run.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (!_run.IsCompleted)
        {
            Scheduler.Stop();
            EndsWithin(Limits.Wait);
        }
    }
}

internal static class SchedulerRuns
{
    /// <summary>
    /// Runs <see cref="Scheduler.Run"/> on another thread until it returns, rethrowing what it threw; fails (and
    /// stops the scheduler) if it has not returned within <see cref="Limits.Wait"/>.
    /// </summary>
    public static void RunToEnd(this Scheduler scheduler)
    {
        using var running = new RunningScheduler(scheduler);
        running.WaitForEnd();
    }
}
