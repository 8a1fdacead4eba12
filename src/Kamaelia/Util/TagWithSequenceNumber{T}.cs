using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends every <typeparamref name="T"/> from "inbox" on "outbox" as a tuple with its sequence number, counting from
/// 0 (Kamaelia's TagWithSequenceNumber), with the standard shutdown convention; a full destination holds it back.
/// </summary>
/// <typeparam name="T">The values' type.</typeparam>
public sealed partial class TagWithSequenceNumber<T> : Component
{
    private long _next;

    /// <summary>Values to number.</summary>
    [Inbox("inbox", "Values to number")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>Each value with its sequence number.</summary>
    [Outbox("outbox", "Each value with its sequence number, counting from 0")]
    public partial Outbox<(long Sequence, T Value)> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnValue(T value) => Outbox.Send((_next++, value));
}
