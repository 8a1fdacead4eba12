using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs components side by side. What arrives on its "inbox" is given to every child's inbox, every control
/// message to every child's control; the children's outboxes all leave through its "outbox". It ends when all
/// children have ended (sending ProducerFinished on "signal"), or at once on ShutdownMicroprocess (which it
/// passes to the children and then sends on "signal").
/// </summary>
[Inbox("inbox", "Copied to every child's inbox")]
[Inbox("control", "Copied to every child's control")]
[Outbox("outbox", "What any child sends on its outbox")]
[Outbox("signal", "ProducerFinished when all children end, or the ShutdownMicroprocess received")]
public sealed partial class PAR : Component
{
    private readonly Component[] _children;

    /// <summary>Creates the group; each child needs the standard inbox, control and outbox.</summary>
    public PAR(params Component[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var child in children)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(children));
            StandardBoxes.Require(child, nameof(PAR), "inbox", "control", "outbox");
        }

        _children = children;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var child in _children)
        {
            Link((child, "outbox"), (this, "outbox"), Passthrough.Outward);
        }

        AddChildren(_children);
        yield return new NewComponent(_children);

        while (!ChildrenDone())
        {
            while (Inbox.TryRecv(out var message))
            {
                foreach (var child in _children.Where(c => !c.IsStopped))
                {
                    child.Deliver(message, "inbox");
                }
            }

            while (Control.TryRecv(out var control))
            {
                foreach (var child in _children.Where(c => !c.IsStopped))
                {
                    child.Deliver(control, "control");
                }

                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}
