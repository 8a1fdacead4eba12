using Axon;

namespace Kamaelia.Util;

/// <summary>Sends one message on "outbox", then ProducerFinished on "signal", and ends.</summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Not used")]
[Outbox("outbox", "The message")]
[Outbox("signal", "ProducerFinished")]
public sealed partial class OneShot : Component
{
    private readonly object _message;

    /// <summary>Creates the component.</summary>
    public OneShot(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (!Outbox.TrySend(_message))
        {
            Pause();
            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
