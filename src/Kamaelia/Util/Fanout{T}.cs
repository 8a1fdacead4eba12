using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends every <typeparamref name="T"/> that arrives on "inbox" to each of the named outboxes (the same value to
/// each). A full destination holds it back, so nothing is dropped. Shutdown signals are forwarded on "signal";
/// ProducerFinished after what is queued has been copied.
/// </summary>
/// <typeparam name="T">The messages' type, carried by "inbox" and by every named outbox.</typeparam>
[DynamicBoxes]
public partial class Fanout<T> : Component
{
    private readonly Outbox<T>[] _targets;

    /// <summary>Creates the fanout with one outbox per name.</summary>
    public Fanout(params string[] outboxes)
    {
        ArgumentNullException.ThrowIfNull(outboxes);
        if (outboxes.Length == 0)
        {
            throw new ArgumentException($"{Name}: a Fanout needs at least one outbox name.", nameof(outboxes));
        }

        _targets = [.. outboxes.Select(name => DeclareOutbox<T>(name, "A copy of every message"))];
    }

    /// <summary>Messages to copy.</summary>
    [Inbox("inbox", "Messages to copy")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            // Control is read until the first shutdown signal only: once finishing, what follows it waits unread.
            var requested = ReadControl(Control, until: ShutdownRequest.Finish);
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            while (_targets.All(t => !t.IsFull) && Inbox.TryRecv(out var message))
            {
                foreach (var target in _targets)
                {
                    target.Send(message);
                }
            }

            // ProducerFinished: pass on what is queued first.
            if (requested == ShutdownRequest.Finish && Inbox.Count == 0)
            {
                break;
            }

            if ((requested == ShutdownRequest.Finish || Control.Count == 0) && (Inbox.Count == 0 || _targets.Any(t => t.IsFull)))
            {
                Pause();
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
