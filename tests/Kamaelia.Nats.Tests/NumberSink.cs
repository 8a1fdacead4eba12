using System.Collections.Concurrent;

namespace Kamaelia.Nats.Tests;

/// <summary>
/// Keeps the numbers that arrive, for the test's thread to inspect. After <c>stopAfter</c> numbers (if given)
/// it asks its source to stop, with ShutdownMicroprocess on "stop_source".
/// </summary>
[Inbox<long>("inbox", "Numbers")]
[Inbox("control", "The shutdown signal")]
[Outbox("outbox", "Not used")]
[Outbox("stop_source", "ShutdownMicroprocess once enough numbers have arrived")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class NumberSink(long? stopAfter = null) : Component
{
    private readonly ConcurrentQueue<long> _received = new();
    private volatile bool _finished;
    private bool _stopSent;

    /// <summary>The numbers, in arrival order.</summary>
    public IReadOnlyCollection<long> Received => _received;

    /// <summary>How many numbers have arrived.</summary>
    public int Count => _received.Count;

    /// <summary>True once a shutdown signal has arrived and everything before it has been handled.</summary>
    public bool IsFinished => _finished;

    [Handles("inbox")]
    private void OnNumber(long number)
    {
        _received.Enqueue(number);
        if (!_stopSent && _received.Count >= stopAfter)
        {
            _stopSent = true;
            StopSource.Send(new ShutdownMicroprocess());
        }
    }

    partial void OnShutdown() => _finished = true;
}
