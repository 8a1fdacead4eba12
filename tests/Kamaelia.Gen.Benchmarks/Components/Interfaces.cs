using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>A component that adds up the numbers it receives.</summary>
public interface ISumSink
{
    /// <summary>The inbox the numbers arrive in.</summary>
    Inbox<int> Input { get; }

    /// <summary>The total so far.</summary>
    long Sum { get; }

    /// <summary>How many numbers arrived.</summary>
    long Count { get; }

    /// <summary>Starts a new count (between passes).</summary>
    void Reset();
}

/// <summary>A component with one typed inbox and four typed outboxes: a fan-out, or a splitter.</summary>
public interface IOneToFour
{
    /// <summary>The inbox.</summary>
    Inbox<int> Input { get; }

    /// <summary>The four outboxes.</summary>
    Outbox<int>[] Outputs { get; }
}

/// <summary>The active side of ping-pong.</summary>
public interface IPinger
{
    /// <summary>The total of the pongs.</summary>
    long Sum { get; }

    /// <summary>How many pongs arrived.</summary>
    long Count { get; }

    /// <summary>Starts a run of <paramref name="rounds"/> round trips by sending the first ping.</summary>
    void Start(int rounds);
}
