using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends <c>function(message)</c> for every message; a null result sends nothing. Shutdown signals are
/// forwarded after the queued messages are transformed.
/// </summary>
[Inbox("inbox", "Messages to transform")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The results")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PureTransformer : Component
{
    private readonly Func<object, object?> _function;

    /// <summary>Creates the transformer.</summary>
    public PureTransformer(Func<object, object?> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _function = function;
    }

    [Handles("inbox")]
    private void OnMessage(object message)
    {
        if (_function(message) is { } result)
        {
            Outbox.Send(result);
        }
    }
}
