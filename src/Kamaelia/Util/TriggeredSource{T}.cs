using Axon;

namespace Kamaelia.Util;

/// <summary>Sends its message on "outbox" once for every message that arrives on "inbox".</summary>
/// <typeparam name="T">The message's type, carried by "outbox".</typeparam>
public partial class TriggeredSource<T> : Component
{
    private readonly T _message;

    /// <summary>Creates the component.</summary>
    public TriggeredSource(T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    /// <summary>Each message triggers one send.</summary>
    [Inbox("inbox", "Each message triggers one send")]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The message.</summary>
    [Outbox("outbox", "The message")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnTrigger(object trigger) => Outbox.Send(_message);
}
