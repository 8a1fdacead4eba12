using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Reports the live topology of the system it runs in, as Axon's Introspector does: first "DEL ALL", then, on
/// every message to its "inbox" (or every interval, if one is given), the changes since the last report as one
/// text of lines ("DEL LINK ...", "DEL NODE ...", "ADD NODE ...", "ADD LINK ..."). Between reports it sleeps.
/// A shutdown signal on "control" ends it, forwarded. The interval's timer comes from the <see cref="TimeProvider"/>
/// given, else from the scheduler's <see cref="Scheduler.TimeProvider"/>.
/// </summary>
[Inbox("inbox", "Any message asks for a report")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "Topology changes, as text")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Introspector : Component
{
    private readonly TimeSpan? _interval;
    private readonly TimeProvider? _timeProvider;
    private IReadOnlySet<string> _reported = new HashSet<string>();
    private ITimer? _timer;
    private int _timerFired;

    /// <summary>Creates the introspector, reporting on request or every <paramref name="interval"/>.</summary>
    /// <param name="interval">Report every interval as well as on request; only on request when null.</param>
    /// <param name="timeProvider">Makes the interval's timer; the scheduler's <see cref="Scheduler.TimeProvider"/> when null.</param>
    public Introspector(TimeSpan? interval = null, TimeProvider? timeProvider = null)
    {
        if (interval is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
        }

        _interval = interval;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        Outbox.Send("DEL ALL\n");
        Report();
        if (_interval is { } interval)
        {
            _timer = (_timeProvider ?? Scheduler?.TimeProvider ?? TimeProvider.System)
                .CreateTimer(_ => { Interlocked.Exchange(ref _timerFired, 1); Unpause(); }, null, interval, interval);
        }

        // Either shutdown signal stops it at once: it has nothing queued to finish.
        while (ReadControl(Control, until: ShutdownRequest.Finish) == ShutdownRequest.None)
        {
            var asked = false;
            while (Inbox.TryRecv(out _))
            {
                asked = true;
            }

            if (asked || Interlocked.Exchange(ref _timerFired, 0) == 1)
            {
                Report();
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

    private void Report()
    {
        var now = SystemGraph.Capture(Scheduler is { } scheduler ? scheduler.Components : [this]).Lines();
        var removed = _reported.Except(now).ToList();
        var added = now.Except(_reported).ToList();
        _reported = now;
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        var lines = removed.Where(l => l.StartsWith("LINK", StringComparison.Ordinal)).Select(l => "DEL " + l)
            .Concat(removed.Where(l => l.StartsWith("NODE", StringComparison.Ordinal)).Select(l => "DEL " + l))
            .Concat(added.Where(l => l.StartsWith("NODE", StringComparison.Ordinal)).Select(l => "ADD " + l))
            .Concat(added.Where(l => l.StartsWith("LINK", StringComparison.Ordinal)).Select(l => "ADD " + l));
        Outbox.Send(string.Join("\n", lines) + "\n");
    }
}
