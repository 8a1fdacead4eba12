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
        ProducerFinished? finishing = null;
        while (true)
        {
            while (finishing is null && Control.TryRecv(out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                finishing = control as ProducerFinished;
            }

            while (!Outbox.IsFull && Inbox.TryRecv(out var message))
            {
                Outbox.Send(message);
            }

            if (finishing is not null && Inbox.Count == 0)
            {
                Signal.Send(finishing);
                yield break;
            }

            if ((finishing is not null || Control.Count == 0) && (Inbox.Count == 0 || Outbox.IsFull))
            {
                Pause();
            }

            yield return null;
        }
    }
}
