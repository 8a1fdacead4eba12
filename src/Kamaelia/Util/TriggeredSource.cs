using Axon;

namespace Kamaelia.Util;

/// <summary>Sends its message on "outbox" once for every message that arrives on "inbox".</summary>
[Inbox("inbox", "Each message triggers one send")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The message")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class TriggeredSource : Component
{
    private readonly object _message;

    /// <summary>Creates the component.</summary>
    public TriggeredSource(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    [Handles("inbox")]
    private void OnTrigger(object trigger) => Outbox.Send(_message);
}
