using System.Runtime.CompilerServices;

namespace Axon;

public abstract partial class Component
{
    // How many of this component's outboxes hold messages now: a send that met a full inbox raised it.
    private int _holdingOutboxes;

    /// <summary>
    /// When true, a send that finds the final inbox full does not throw <see cref="NoSpaceInBoxException"/>: the
    /// outbox holds the message, later sends on that outbox queue behind it, and they are delivered in order by
    /// <see cref="TryReleaseHeldMessages"/> once room is made. The component is woken when its messages are
    /// collected, as any producer is. Generated handler loops turn it on and take no new message while anything
    /// is held; a hand-written <see cref="Main"/> that turns it on must do the same to keep its memory bounded.
    /// </summary>
    public bool HoldMessagesWhenFull { get; protected set; }

    /// <summary>True while any outbox of this component holds messages that met a full inbox.</summary>
    public bool HasHeldMessages
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _holdingOutboxes != 0;
    }

    /// <summary>
    /// Delivers the messages the outboxes hold, oldest first per outbox, while their final inboxes have room;
    /// true when none remain held. Call it before taking the next message, and pause when it returns false.
    /// </summary>
    protected bool TryReleaseHeldMessages() => _holdingOutboxes == 0 || ReleaseHeld(ignoreSizeLimit: false);

    /// <summary>
    /// Delivers every held message at once, past any size limit: for a component stopping on
    /// <see cref="ShutdownMicroprocess"/>, whose messages must not be lost and cannot wait for room. Stopping
    /// components usually get this through <see cref="TryForwardShutdownSignal{T}"/> or
    /// <see cref="TryReleaseHeldMessagesBeforeStopping()"/>.
    /// </summary>
    protected void ReleaseHeldMessagesIgnoringLimits()
    {
        if (_holdingOutboxes != 0)
        {
            ReleaseHeld(ignoreSizeLimit: true);
        }
    }

    private bool ReleaseHeld(bool ignoreSizeLimit)
    {
        var allReleased = true;
        for (var i = 0; i < _boxCount; i++)
        {
            var box = _boxes[i];
            if (box.Direction == BoxDirection.Outbox && box.Held > 0)
            {
                allReleased &= box.TryReleaseHeld(ignoreSizeLimit);
            }
        }

        return allReleased;
    }

    /// <summary>An outbox began (+1) or stopped (-1) holding messages.</summary>
    internal void CountHoldingOutbox(int change) => _holdingOutboxes += change;

    /// <summary>
    /// Wakes the producers of this component's inboxes when it ends: a producer holding messages for a stopped
    /// component delivers them past the limit instead of waiting for room that will never come.
    /// </summary>
    private void WakeProducersOfInboxes()
    {
        for (var i = 0; i < _boxCount; i++)
        {
            var box = _boxes[i];
            if (box.Direction == BoxDirection.Inbox)
            {
                box.WakeProducersOfCollection();
            }
        }
    }
}
