using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>A stage of the CPU-bound pipeline: about a microsecond of work per number, then the number plus one.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Each number plus one")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class WorkingAddOne : Component
{
    [Handles("inbox")]
    private void OnNumber(int number) => Outbox.Send(CpuWork.AddOneWorking(number));
}

/// <summary>
/// The end of the CPU-bound pipeline: adds up what arrives and signals another thread (the benchmark's) once the
/// expected count is in, since the pipeline runs on the threads of a scheduler group.
/// </summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SignallingSumSink : Component
{
    private readonly ManualResetEventSlim _done = new(false);
    private long _target;
    private long _sum;
    private long _count;

    /// <summary>Starts a new run expecting <paramref name="target"/> numbers (before any is sent).</summary>
    public void Reset(long target)
    {
        (_sum, _count, _target) = (0, 0, target);
        _done.Reset();
    }

    /// <summary>Waits, with a generous bound, for every number, and returns their sum.</summary>
    public long WaitForSum()
    {
        if (!_done.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException($"The pipeline delivered {Volatile.Read(ref _count)} of {_target} numbers within two minutes.");
        }

        return _sum;
    }

    [Handles("inbox")]
    private void OnNumber(int number)
    {
        _sum += number;
        if (++_count == _target)
        {
            _done.Set();
        }
    }
}
