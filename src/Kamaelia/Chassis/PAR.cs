using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs components side by side. What arrives on its "inbox" is given to every child's inbox, every control
/// message to every child's control; the children's outboxes all leave through its "outbox". It ends when all
/// children have ended (sending ProducerFinished on "signal"), or at once on ShutdownMicroprocess (which it
/// passes to the children and then sends on "signal").
/// </summary>
/// <remarks>
/// <para>
/// Copies go through links from private outboxes, one per child and box, so a child's full inbox holds PAR back
/// as it would any producer: the copy waits with PAR (nothing is lost, order is kept), PAR takes no further
/// message until every copy has gone, and it is woken when the child collects. A ProducerFinished on "control"
/// waits for the copies of earlier data, so that children see it after their data; a ShutdownMicroprocess does not
/// wait: what is held is delivered past the limits and the stop goes on at once.
/// </para>
/// <para>
/// The children's own "signal" boxes are not linked. Kamaelia's PAR passes each child's signal out through its
/// own, so what follows it sees one shutdown message per child and stops at the first child's end; this PAR
/// sends exactly one: ProducerFinished when the last child has ended, or the ShutdownMicroprocess it received.
/// </para>
/// </remarks>
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
        HoldMessagesWhenFull = true;
        var toInbox = new Outbox<object>[_children.Length];
        var toControl = new Outbox<object>[_children.Length];
        for (var i = 0; i < _children.Length; i++)
        {
            var child = _children[i];
            toInbox[i] = DeclareOutbox<object>($"_inbox_{i}", $"Copies for {child.Name}'s inbox");
            toControl[i] = DeclareOutbox<object>($"_control_{i}", $"Copies for {child.Name}'s control");
            Link((this, toInbox[i].Name), (child, "inbox"));
            Link((this, toControl[i].Name), (child, "control"));
            Link((child, "outbox"), (this, "outbox"), Passthrough.Outward);
        }

        AddChildren(_children);
        yield return new NewComponent(_children);

        while (!ChildrenDone())
        {
            if (HasHeldMessages && PeekShutdownMicroprocess(Control) is not null)
            {
                // Stop now: what is held goes on past the limits, then the stop itself.
                ReleaseHeldMessagesIgnoringLimits();
            }

            if (TryReleaseHeldMessages())
            {
                while (!HasHeldMessages && Inbox.TryRecv(out var message))
                {
                    CopyToLiveChildren(toInbox, message);
                }
            }

            // Control waits behind held data, so that each child sees its data before ProducerFinished.
            while (!HasHeldMessages && Control.TryRecv(out var control))
            {
                CopyToLiveChildren(toControl, control);
                if (RememberShutdown(control) == ShutdownRequest.StopNow)
                {
                    // Unlike a component that finishes, PAR does not wait for its children to stop: they have the
                    // stop too, and it is passed on at once (Kamaelia's PAR).
                    while (!TryForwardShutdownSignal(Signal))
                    {
                        Pause();
                        yield return null;
                    }

                    yield break;
                }
            }

            if (HasHeldMessages || !AnyReady())
            {
                Pause();
            }

            yield return null;
        }

        // All children have ended: PAR reports one ProducerFinished of its own, never one it copied to them.
        var finished = new ProducerFinished(this);
        while (!TryForwardShutdownSignal(Signal, finished))
        {
            Pause();
            yield return null;
        }
    }

    private void CopyToLiveChildren(Outbox<object>[] outboxes, object message)
    {
        for (var i = 0; i < _children.Length; i++)
        {
            if (!_children[i].IsStopped)
            {
                outboxes[i].Send(message);
            }
        }
    }
}
