using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Waits for any message on "inbox", then sends its own message on "outbox" and ProducerFinished on "signal",
/// and ends. A shutdown signal on "control" before that ends it, forwarded.
/// </summary>
[Inbox("inbox", "Any message triggers it")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The message")]
[Outbox("signal", "ProducerFinished, or the shutdown signal received")]
public sealed partial class TriggeredOneShot : Component
{
    private readonly object _message;

    /// <summary>Creates the component.</summary>
    public TriggeredOneShot(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            if (Inbox.TryRecv(out _))
            {
                Outbox.Send(_message);
                Signal.Send(new ProducerFinished(this));
                yield break;
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal signal)
            {
                Signal.Send(signal);
                yield break;
            }

            Pause();
            yield return null;
        }
    }
}
