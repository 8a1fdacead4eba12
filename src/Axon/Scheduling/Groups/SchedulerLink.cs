namespace Axon;

/// <summary>
/// One link whose source box and final inbox are on different schedulers of a <see cref="SchedulerGroup"/>: what the
/// receiving side (<see cref="SchedulerLinkReceiver"/>) needs to know of it, whatever its message type.
/// </summary>
internal abstract class SchedulerLink
{
    /// <summary>The oldest message's place in its channel's order; false when the link holds none.</summary>
    public abstract bool TryPeekSequence(out long sequence);

    /// <summary>
    /// Delivers the oldest message into the final inbox if it has room (or its owner has stopped, which takes every
    /// message past the limit, as a stopped consumer does locally); false, keeping it, when it does not.
    /// </summary>
    public abstract bool TryDeliverOldest();

    /// <summary>Room was made on the link: wakes its sender if it waits for room.</summary>
    public abstract void WakeSenderIfWaiting();

    /// <summary>The inbox the link delivers into.</summary>
    public abstract Box Final { get; }

    /// <summary>True once the source box no longer delivers through this link (it is still drained).</summary>
    public abstract bool IsRetired { get; }
}
