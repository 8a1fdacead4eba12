using System.Collections.Concurrent;

namespace Kamaelia.Nats.Tests;

/// <summary>Keeps what arrives, for the test's thread to inspect, and notes when the shutdown signal came.</summary>
[Inbox<Reading>("inbox", "Readings")]
[Inbox("control", "The shutdown signal")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class ReadingSink : Component
{
    private readonly ConcurrentQueue<Reading> _received = new();
    private volatile bool _finished;
    private int _receivedBeforeFinish = -1;

    /// <summary>The readings, in arrival order.</summary>
    public IReadOnlyCollection<Reading> Received => _received;

    /// <summary>True once a shutdown signal has arrived and everything before it has been handled.</summary>
    public bool IsFinished => _finished;

    /// <summary>How many readings had arrived when the shutdown signal came.</summary>
    public int ReceivedBeforeFinish => Volatile.Read(ref _receivedBeforeFinish);

    [Handles("inbox")]
    private void OnReading(Reading reading) => _received.Enqueue(reading);

    partial void OnShutdown()
    {
        Volatile.Write(ref _receivedBeforeFinish, _received.Count);
        _finished = true;
    }
}
