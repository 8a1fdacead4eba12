using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Waits for any message on "inbox", then sends its own message on "outbox" and ProducerFinished on "signal",
/// and ends. A shutdown signal on "control" before that ends it, forwarded.
/// </summary>
/// <typeparam name="T">The message's type, carried by "outbox".</typeparam>
public partial class TriggeredOneShot<T> : Component
{
    private readonly T _message;

    /// <summary>Creates the component.</summary>
    public TriggeredOneShot(T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _message = message;
    }

    /// <summary>Any message triggers it.</summary>
    [Inbox("inbox", "Any message triggers it")]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The message.</summary>
    [Outbox("outbox", "The message")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>ProducerFinished, or the shutdown signal received.</summary>
    [Outbox("signal", "ProducerFinished, or the shutdown signal received")]
    public partial Outbox<object> Signal { get; }

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
