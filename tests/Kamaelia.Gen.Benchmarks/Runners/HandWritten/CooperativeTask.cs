namespace Kamaelia.Gen.Benchmarks.Runners.HandWritten;

/// <summary>A task of the hand-written baseline: a C# iterator that <see cref="CooperativeScheduler"/> steps.</summary>
internal sealed class CooperativeTask
{
    // Fields rather than properties: this is the baseline, written as tight as a careful hand would write it.
    internal IEnumerator<object?>? Body;
    internal TaskState State;
    internal bool PauseRequested;
    internal bool WokenInPass;
    internal bool WakeListed;

    /// <summary>Gives the task its body; <see cref="CooperativeScheduler.Activate"/> then queues it.</summary>
    public void Start(IEnumerable<object?> body) => Body = body.GetEnumerator();

    /// <summary>Where a task stands: Axon's three states, and one before activation or after the end.</summary>
    internal enum TaskState : byte
    {
        Inactive,
        Active,
        GoingToSleep,
        Sleeping,
    }
}
