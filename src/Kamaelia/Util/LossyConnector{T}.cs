using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes every <typeparamref name="T"/> from "inbox" to "outbox" without ever holding the sender back (Kamaelia's
/// LossyConnector): when the inbox that "outbox" leads to is full, the message is dropped instead of waiting, and
/// counted in <see cref="Dropped"/>. It is the one library component that loses messages, by design, so it counts
/// every one it loses; put it where a slow consumer must not slow the producer. Shutdown signals are forwarded on
/// "signal" (ProducerFinished after what is queued has been passed on or dropped).
/// </summary>
/// <typeparam name="T">The messages' type, carried by "inbox" and "outbox".</typeparam>
public partial class LossyConnector<T> : Component
{
    private long _dropped;

    /// <summary>Messages to pass on.</summary>
    [Inbox("inbox", "Messages to pass on")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The messages the destination had room for.</summary>
    [Outbox("outbox", "The messages the destination had room for")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many messages were dropped because the destination was full. Safe to read from any thread.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    [Handles("inbox")]
    private void OnMessage(T message)
    {
        if (!Outbox.TrySend(message))
        {
            Interlocked.Increment(ref _dropped);
        }
    }
}
