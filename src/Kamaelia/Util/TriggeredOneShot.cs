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

            // Before the trigger there is nothing to finish: either shutdown signal ends it.
            if (ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
            {
                break;
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
