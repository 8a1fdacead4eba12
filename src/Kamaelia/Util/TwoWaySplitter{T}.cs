using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends every <typeparamref name="T"/> from "inbox" to both "outbox" and "outbox2" (Kamaelia's TwoWaySplitter).
/// While either destination is full it waits, so nothing is dropped and both see the same sequence. A shutdown
/// signal is forwarded on "signal2" and then "signal" (ProducerFinished after what is queued has been copied).
/// </summary>
/// <typeparam name="T">The messages' type, carried by "inbox" and both data outboxes.</typeparam>
public partial class TwoWaySplitter<T> : Component
{
    /// <summary>Messages to copy.</summary>
    [Inbox("inbox", "Messages to copy")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The first copy of every message.</summary>
    [Outbox("outbox", "The first copy of every message")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The second copy of every message.</summary>
    [Outbox("outbox2", "The second copy of every message")]
    public partial Outbox<T> Outbox2 { get; }

    /// <summary>The shutdown signal, for whatever "outbox" feeds.</summary>
    [Outbox("signal", "The shutdown signal, for whatever outbox feeds")]
    public partial Outbox<object> Signal { get; }

    /// <summary>The shutdown signal, for whatever "outbox2" feeds.</summary>
    [Outbox("signal2", "The shutdown signal, for whatever outbox2 feeds")]
    public partial Outbox<object> Signal2 { get; }

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

            while (!Outbox.IsFull && !Outbox2.IsFull && Inbox.TryRecv(out var message))
            {
                Outbox.Send(message);
                Outbox2.Send(message);
            }

            if (requested == ShutdownRequest.Finish && Inbox.Count == 0)
            {
                break;
            }

            if ((requested == ShutdownRequest.Finish || Control.Count == 0) && (Inbox.Count == 0 || Outbox.IsFull || Outbox2.IsFull))
            {
                Pause();
            }

            yield return null;
        }

        // The helper forwards on one box only. The copy for "signal2" goes first; held if its destination is full, it
        // is delivered with everything else the helper waits for (past the limit on a stop-now or a stopped consumer).
        HoldMessagesWhenFull = true;
        Signal2.Send(ReceivedShutdownSignal!);

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
