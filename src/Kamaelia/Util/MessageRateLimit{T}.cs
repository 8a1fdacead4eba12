using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes messages on no faster than the given rate. Messages wait in its inbox (so a size limit there holds
/// producers back); between releases it sleeps, woken by a timer. On ProducerFinished it releases what is
/// queued, at the same rate, then forwards the signal; ShutdownMicroprocess is forwarded at once. Time and the
/// timer come from the <see cref="TimeProvider"/> given, else from the scheduler's <see cref="Scheduler.TimeProvider"/>.
/// </summary>
/// <typeparam name="T">The messages' type, carried by "inbox" and "outbox".</typeparam>
public partial class MessageRateLimit<T> : Component
{
    private readonly TimeSpan _gap;
    private readonly TimeProvider? _timeProvider;
    private ITimer? _timer;

    /// <summary>Creates the limiter.</summary>
    /// <param name="messagesPerSecond">The most messages passed on per second.</param>
    /// <param name="timeProvider">Reads the time and makes the timer; the scheduler's <see cref="Scheduler.TimeProvider"/> when null.</param>
    public MessageRateLimit(double messagesPerSecond, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(messagesPerSecond, 0);
        _gap = TimeSpan.FromSeconds(1 / messagesPerSecond);
        _timeProvider = timeProvider;
    }

    /// <summary>Messages to pass on.</summary>
    [Inbox("inbox", "Messages to pass on")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The messages, at most messagesPerSecond.</summary>
    [Outbox("outbox", "The messages, at most messagesPerSecond")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var time = _timeProvider ?? Scheduler?.TimeProvider ?? TimeProvider.System;
        _timer = time.CreateTimer(_ => Unpause(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var start = time.GetTimestamp();
        var nextRelease = TimeSpan.Zero;
        // Control is read until the first shutdown signal only: once finishing, the release goes on at the same rate.
        while (ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.StopNow)
        {
            if (Inbox.Count > 0 && time.GetElapsedTime(start) >= nextRelease)
            {
                Outbox.Send(Inbox.Recv());
                nextRelease = time.GetElapsedTime(start) + _gap;
            }

            if (Inbox.Count == 0 && RequestedShutdown == ShutdownRequest.Finish)
            {
                break;
            }

            if (Inbox.Count > 0)
            {
                // Sleep until the next release is due.
                _timer.Change(nextRelease - time.GetElapsedTime(start) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => _timer?.Dispose();
}
