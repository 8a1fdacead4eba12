namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>A consumer's total for the peers that run on other threads: signals when the expected count is in.</summary>
internal sealed class SinkState
{
    private long _target;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Sum { get; private set; }

    public long Count { get; private set; }

    public Task Done => _done.Task;

    /// <summary>Starts a new run expecting <paramref name="target"/> messages (before any is sent).</summary>
    public void Reset(long target)
    {
        Sum = 0;
        Count = 0;
        _target = target;
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Called by the consumer, on its thread, for each message.</summary>
    public void Add(int value)
    {
        Sum += value;
        if (++Count == _target)
        {
            _done.TrySetResult();
        }
    }

    /// <summary>Waits, with a generous bound, for every sink to complete.</summary>
    public static void WaitAll(params SinkState[] sinks)
    {
        if (!Task.WaitAll([.. sinks.Select(s => s.Done)], TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException("A peer did not deliver every message within two minutes.");
        }
    }
}
