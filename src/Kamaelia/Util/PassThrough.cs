using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Forwards "inbox" to "outbox"; on ProducerFinished forwards what is queued, then the signal on "signal", and
/// ends; on ShutdownMicroprocess forwards it on "signal" and ends at once. A full destination holds it back (it
/// waits, woken when the consumer collects) instead of failing, so nothing is dropped: a SubscribeTo (whose
/// Plug wraps a PassThrough) feeding a bounded inbox keeps the Backplane's backpressure.
/// </summary>
[Inbox("inbox", "Anything")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "What arrived on inbox")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PassThrough : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            // Control is read until the first shutdown signal only: once finishing, what follows it waits unread.
            var requested = ReadControl(Control, until: ShutdownRequest.Finish);
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            while (!Outbox.IsFull && Inbox.TryRecv(out var message))
            {
                Outbox.Send(message);
            }

            if (requested == ShutdownRequest.Finish && Inbox.Count == 0)
            {
                break;
            }

            if ((requested == ShutdownRequest.Finish || Control.Count == 0) && (Inbox.Count == 0 || Outbox.IsFull))
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
