using Axon;

namespace Kamaelia.Util;

/// <summary>Passes on only the messages the predicate accepts; shutdown signals are forwarded.</summary>
[Inbox("inbox", "Messages to filter")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The accepted messages")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Filter : Component
{
    private readonly Func<object, bool> _accept;

    /// <summary>Creates the filter.</summary>
    public Filter(Func<object, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        _accept = accept;
    }

    /// <summary>How many messages were rejected.</summary>
    public long Rejected { get; private set; }

    [Handles("inbox")]
    private void OnMessage(object message)
    {
        if (_accept(message))
        {
            Outbox.Send(message);
        }
        else
        {
            Rejected++;
        }
    }
}
