using System.ComponentModel;

namespace Axon;

public abstract partial class Component
{
    /// <summary>
    /// Runs this component as the parent of a wired graph, with Graphline's semantics: adopts and activates the
    /// children; while they run, copies each message arriving on "control" (unless "control" is forwarded to a
    /// child) to every child whose "control" nothing links to; when all have ended, sends the
    /// <see cref="ShutdownMicroprocess"/> it received, or else a new <see cref="ProducerFinished"/>, on "signal"
    /// (unless a child's box is forwarded to "signal": then shutdown is the children's business).
    /// Call it after linking, as the last thing <see cref="Main"/> does.
    /// </summary>
    protected IEnumerable<object?> RunGraph(params Component[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var control = FindBox("control", BoxDirection.Inbox);
        var signal = FindBox("signal", BoxDirection.Outbox);
        var controlForwarded = control is { Target: not null };
        var signalForwarded = signal is { Sources.Count: > 0 };
        var uncontrolled = children.Where(c => c.Inboxes.TryGetValue("control", out var box) && box.Sources.Count == 0).ToArray();

        // Control reaches each uncontrolled child through a link from a private outbox, so that a child's full
        // control inbox holds the copy here instead of refusing it.
        HoldMessagesWhenFull = true;
        var copies = new (Component Child, Box Outbox)[uncontrolled.Length];
        for (var i = 0; i < uncontrolled.Length; i++)
        {
            var outbox = AddOutbox<object>("_control", $"Control copied to {uncontrolled[i].Name}");
            Link((this, outbox.Name), (uncontrolled[i], "control"));
            copies[i] = (uncontrolled[i], outbox);
        }

        AddChildren(children);
        yield return new NewComponent(children);

        while (!ChildrenDone())
        {
            if (TryReleaseHeldMessages() && !controlForwarded && control is not null && control.TryRecvObject(out var message))
            {
                RememberShutdown(message);
                foreach (var (child, outbox) in copies)
                {
                    if (!child.IsStopped)
                    {
                        outbox.SendObject(message);
                    }
                }

                if (message is ShutdownMicroprocess)
                {
                    // The children stop now: their copies must not wait for room.
                    ReleaseHeldMessagesIgnoringLimits();
                }
            }

            if (HasHeldMessages || controlForwarded || control is null || control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }

        if (!signalForwarded && signal is not null)
        {
            // Unlike a component that finishes, a graph ends when its children have: it reports a ProducerFinished
            // of its own, never one it copied to them (Axon's Graphline); only a stop-now is passed on as received.
            var ending = RequestedShutdown == ShutdownRequest.StopNow ? ReceivedShutdownSignal! : new ProducerFinished(this);
            while (!TryForwardShutdownSignal(signal, ending))
            {
                Pause();
                yield return null;
            }
        }
    }

    /// <summary>Throws <see cref="UnknownGraphChildException"/>: generated wiring calls it for a link naming an unknown child.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void ThrowUnknownGraphChild(string childName, params string[] children) =>
        throw new UnknownGraphChildException(this, childName, children);
}
