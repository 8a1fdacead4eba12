using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends a tick (the number of ticks so far, from 1) on "outbox" every interval. It sleeps between ticks, woken
/// by a timer, so it costs nothing while waiting. A shutdown signal on "control" stops it, forwarded. The timer
/// comes from the <see cref="TimeProvider"/> given, else from the scheduler's <see cref="Scheduler.TimeProvider"/>.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals")]
[Outbox<long>("outbox", "The tick count")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Clock : Component
{
    private readonly TimeSpan _interval;
    private readonly TimeProvider? _timeProvider;
    private ITimer? _timer;
    private long _due;

    /// <summary>Creates the clock.</summary>
    /// <param name="interval">The time between ticks.</param>
    /// <param name="timeProvider">Makes the timer; the scheduler's <see cref="Scheduler.TimeProvider"/> when null.</param>
    public Clock(TimeSpan interval, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _interval = interval;
        _timeProvider = timeProvider;
    }

    /// <summary>How many ticks to send before it ends by itself (sending ProducerFinished); unlimited when null.</summary>
    public long? Limit { get; init; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _timer = (_timeProvider ?? Scheduler?.TimeProvider ?? TimeProvider.System).CreateTimer(_ => OnTimer(), null, _interval, _interval);
        long sent = 0;
        // A source has nothing queued to finish: either shutdown signal stops it at once.
        while (ReadControl(Control, until: ShutdownRequest.Finish) == ShutdownRequest.None)
        {
            while (sent < Interlocked.Read(ref _due) && (Limit is null || sent < Limit))
            {
                sent++;
                Outbox.Send(sent);
            }

            if (Limit is { } limit && sent >= limit)
            {
                Signal.Send(new ProducerFinished(this));
                yield break;
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

    private void OnTimer()
    {
        Interlocked.Increment(ref _due);
        Unpause();
    }
}
