using Axon;

namespace Kamaelia.Util;

/// <summary>
/// The typed pass-through: forwards every <typeparamref name="T"/> from "inbox" to "outbox", with the standard
/// shutdown convention; a full destination holds it back (nothing is lost).
/// </summary>
/// <typeparam name="T">The values' type, carried by both "inbox" and "outbox".</typeparam>
public sealed partial class PassThrough<T> : Component
{
    /// <summary>Values to forward.</summary>
    [Inbox("inbox", "Values to forward")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>What arrived on "inbox".</summary>
    [Outbox("outbox", "What arrived on inbox")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnValue(T value) => Outbox.Send(value);
}
