using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends one <typeparamref name="T"/> from "inbox" for each request on "slidenext" (Kamaelia's OnDemandLimit).
/// Values wait in "inbox" until asked for, so a size limit there holds producers back; a request that comes while
/// no value waits is kept, and the next value to arrive goes at once. ProducerFinished waits until the queued values
/// have been asked for and sent, then is forwarded; ShutdownMicroprocess is forwarded at once.
/// </summary>
/// <typeparam name="T">The values' type, carried by "inbox" and "outbox".</typeparam>
public sealed partial class OnDemandLimit<T> : Component
{
    /// <summary>Values to send on demand.</summary>
    [Inbox("inbox", "Values to send on demand")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>Requests for the next value; any message.</summary>
    [Inbox("slidenext", "Requests for the next value; any message")]
    public partial Inbox<object> Slidenext { get; }

    /// <summary>One value per request.</summary>
    [Outbox("outbox", "One value per request")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many requests have not been answered yet.</summary>
    public long PendingRequests { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            var requested = ReadControl(Control, until: ShutdownRequest.Finish);
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            while (Slidenext.TryRecv(out _))
            {
                PendingRequests++;
            }

            while (PendingRequests > 0 && !Outbox.IsFull && Inbox.TryRecv(out var value))
            {
                Outbox.Send(value);
                PendingRequests--;
            }

            if (requested == ShutdownRequest.Finish && Inbox.Count == 0)
            {
                break;
            }

            var canSend = PendingRequests > 0 && Inbox.Count > 0 && !Outbox.IsFull;
            if (!canSend && (requested == ShutdownRequest.Finish || Control.Count == 0) && Slidenext.Count == 0)
            {
                Pause();
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
