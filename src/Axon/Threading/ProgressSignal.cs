namespace Axon;

/// <summary>
/// Threads (blocking or awaiting) that wait for the other end of a ring to make progress: to write messages or to
/// make room. The other end raises it once per batch, and raising costs a fence and one read while nobody waits;
/// a lock is taken only to wake waiters.
/// </summary>
/// <remarks>
/// A waiter enters (a full fence), takes the current epoch as its ticket, looks at the ring once more, and only
/// then waits for an epoch past its ticket; the raiser fences after its own write before it reads the waiter
/// count. So either the waiter's last look sees the progress, or the raiser sees the waiter.
/// </remarks>
internal sealed class ProgressSignal
{
    private readonly object _gate = new();
    private int _waiters;
    private long _epoch;
    private TaskCompletionSource? _nextRaise;

    /// <summary>A waiter: counts itself in and returns its ticket. Look at the ring again, then wait or leave.</summary>
    public long Enter()
    {
        Interlocked.Increment(ref _waiters);
        return Volatile.Read(ref _epoch);
    }

    /// <summary>A waiter that has stopped waiting (call once for each <see cref="Enter"/>).</summary>
    public void Leave() => Interlocked.Decrement(ref _waiters);

    /// <summary>Blocks until the signal is raised past <paramref name="ticket"/>.</summary>
    public void Wait(long ticket)
    {
        lock (_gate)
        {
            while (Volatile.Read(ref _epoch) == ticket)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Completes once the signal is raised past <paramref name="ticket"/>.</summary>
    public Task WaitAsync(long ticket)
    {
        lock (_gate)
        {
            if (Volatile.Read(ref _epoch) != ticket)
            {
                return Task.CompletedTask;
            }

            return (_nextRaise ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>The other end, after it has published its progress: wakes every waiter, if there is one.</summary>
    public void Raise()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _waiters) != 0)
        {
            WakeWaiters();
        }
    }

    private void WakeWaiters()
    {
        TaskCompletionSource? raised;
        lock (_gate)
        {
            Interlocked.Increment(ref _epoch);
            Monitor.PulseAll(_gate);
            raised = _nextRaise;
            _nextRaise = null;
        }

        raised?.TrySetResult();
    }
}
