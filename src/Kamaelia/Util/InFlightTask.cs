using Axon;

namespace Kamaelia.Util;

/// <summary>
/// For a component that sleeps while a task of its own (a read, a write) runs elsewhere: the wake-up when it ends,
/// its outcome read without blocking, and the release of what it uses once it has ended.
/// </summary>
internal static class InFlightTask
{
    /// <summary>Unpauses <paramref name="component"/> when <paramref name="task"/> completes, on whichever thread completes it.</summary>
    public static TTask WakeWhenDone<TTask>(this Component component, TTask task)
        where TTask : Task
    {
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(component.Unpause);
        return task;
    }

    /// <summary>
    /// The result of a completed task; false, not a fault, when it was cancelled by <paramref name="shutdown"/>
    /// because the component was told to stop. Any other exception is rethrown as it is.
    /// </summary>
    public static bool TryResult<T>(Task<T> task, CancellationToken shutdown, out T result)
    {
        try
        {
            result = CompletedTask.Result(task);
            return true;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            result = default!;
            return false;
        }
    }

    /// <summary>
    /// Calls <paramref name="release"/> with <paramref name="state"/> now, or, when <paramref name="inFlight"/> is still
    /// running (the component was stopped in the middle of it), once it has ended.
    /// </summary>
    public static void ReleaseAfter<TState>(Task? inFlight, TState state, Action<TState> release)
        where TState : class
    {
        if (inFlight is { IsCompleted: false })
        {
            inFlight.ContinueWith(static (_, pair) => ((ReleaseState<TState>)pair!).Release(), new ReleaseState<TState>(state, release), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            release(state);
        }
    }

    private sealed record ReleaseState<TState>(TState State, Action<TState> Action)
    {
        public void Release() => Action(State);
    }
}
