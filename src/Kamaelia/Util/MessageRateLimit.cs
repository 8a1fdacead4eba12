using System.Diagnostics;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes messages on no faster than the given rate. Messages wait in its inbox (so a size limit there holds
/// producers back); between releases it sleeps, woken by a timer. On ProducerFinished it releases what is
/// queued, at the same rate, then forwards the signal; ShutdownMicroprocess is forwarded at once.
/// </summary>
[Inbox("inbox", "Messages to pass on")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The messages, at most messagesPerSecond")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class MessageRateLimit : Component
{
    private readonly TimeSpan _gap;
    private Timer? _timer;

    /// <summary>Creates the limiter.</summary>
    public MessageRateLimit(double messagesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(messagesPerSecond, 0);
        _gap = TimeSpan.FromSeconds(1 / messagesPerSecond);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _timer = new Timer(_ => Unpause());
        var clock = Stopwatch.StartNew();
        var nextRelease = TimeSpan.Zero;
        ProducerFinished? finishing = null;
        while (true)
        {
            if (finishing is null && Control.TryRecv(out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                finishing = control as ProducerFinished;
            }

            if (Inbox.Count > 0 && clock.Elapsed >= nextRelease)
            {
                Outbox.Send(Inbox.Recv());
                nextRelease = clock.Elapsed + _gap;
            }

            if (Inbox.Count == 0 && finishing is not null)
            {
                Signal.Send(finishing);
                yield break;
            }

            if (Inbox.Count > 0)
            {
                // Sleep until the next release is due.
                _timer.Change(nextRelease - clock.Elapsed is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }

            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => _timer?.Dispose();
}
