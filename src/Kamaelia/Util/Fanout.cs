using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends every message that arrives on "inbox" to each of the named outboxes (the same object to each). A full
/// destination holds it back, so nothing is dropped. Shutdown signals are forwarded on "signal".
/// </summary>
[Inbox("inbox", "Messages to copy")]
[Inbox("control", "Shutdown signals")]
[Outbox("signal", "The shutdown signal")]
[DynamicBoxes]
public sealed partial class Fanout : Component
{
    private readonly Box[] _targets;

    /// <summary>Creates the fanout with one outbox per name.</summary>
    public Fanout(params string[] outboxes)
    {
        ArgumentNullException.ThrowIfNull(outboxes);
        if (outboxes.Length == 0)
        {
            throw new ArgumentException("A Fanout needs at least one outbox name.", nameof(outboxes));
        }

        _targets = [.. outboxes.Select(name => (Box)DeclareOutbox<object>(name, "A copy of every message"))];
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        ProducerFinished? finishing = null;
        while (true)
        {
            while (_targets.All(t => !t.IsFull) && Inbox.TryRecv(out var message))
            {
                foreach (var target in _targets)
                {
                    Send(message, target.Name);
                }
            }

            if (finishing is null && Control.TryRecv(out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                finishing = control as ProducerFinished;
            }

            // ProducerFinished: pass on what is queued first.
            if (finishing is not null && Inbox.Count == 0)
            {
                Signal.Send(finishing);
                yield break;
            }

            if (Control.Count == 0 && (Inbox.Count == 0 || _targets.Any(t => t.IsFull)))
            {
                Pause();
            }

            yield return null;
        }
    }
}
