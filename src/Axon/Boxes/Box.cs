namespace Axon;

/// <summary>
/// A named inbox or outbox of one component. Boxes are linked into chains (outbox to inbox, and the two
/// passthrough kinds); each chain is resolved when it is linked, so a send is one enqueue into the final inbox.
/// </summary>
public abstract class Box
{
    // The boxes linked into this one: null, the one box (the usual case, with no list), or a List<Box>.
    private object? _sources;
    private Box? _finalBox;

    private protected Box(Component owner, string name, string? description)
    {
        Owner = owner;
        Name = name;
        Description = description;
    }

    /// <summary>The component the box belongs to.</summary>
    public Component Owner { get; }

    /// <summary>The box's name, unique among the owner's boxes of the same direction.</summary>
    public string Name { get; }

    /// <summary>What the box is for, as declared.</summary>
    public string? Description { get; }

    /// <summary>Inbox or outbox.</summary>
    public abstract BoxDirection Direction { get; }

    /// <summary>The type of the messages the box carries (<see cref="object"/> for an untyped box).</summary>
    public abstract Type ElementType { get; }

    /// <summary>The next box in the chain this box is linked to, or null.</summary>
    public Box? Target { get; private set; }

    /// <summary>The boxes linked to this one.</summary>
    public IReadOnlyList<Box> Sources => _sources switch
    {
        null => [],
        Box single => [single],
        var many => (List<Box>)many,
    };

    /// <summary>How many boxes are linked to this one.</summary>
    internal int SourceCount => _sources switch
    {
        null => 0,
        Box => 1,
        var many => ((List<Box>)many).Count,
    };

    /// <summary>The source at <paramref name="index"/>, without allocating.</summary>
    internal Box SourceAt(int index) => _sources as Box ?? ((List<Box>)_sources!)[index];

    /// <summary>True when the box is the source or the target of a link.</summary>
    public bool IsLinked => Target is not null || _sources is not null;

    /// <summary>
    /// The last box of this box's chain: where its messages end up. The box itself when it is not linked onwards.
    /// </summary>
    public Box FinalBox => _finalBox ?? this;

    /// <summary>How many messages wait in this box's own storage.</summary>
    public abstract int Count { get; }

    /// <summary>
    /// For an inbox, a running count of the messages that have arrived in its own storage, wrapping at 2^32: the
    /// difference of two readings, <c>unchecked(later - earlier)</c>, is how many arrived between them (when fewer
    /// than 2^32 did), which is what a live view turns into a rate. It is the storage's own write index, so keeping it
    /// costs nothing per message. Outboxes keep none (0); an inbox that forwards to a child counts only what waited in
    /// it before the link. Like <see cref="Count"/>, it belongs to the scheduler's thread: read it there (see
    /// <see cref="Scheduler.InvokeAsync{T}(Func{T}, CancellationToken)"/>) for a reading consistent with the rest.
    /// </summary>
    public virtual uint Arrivals => 0;

    /// <summary>For an outbox, how many messages were discarded because nothing was linked to it.</summary>
    public virtual long Discarded => 0;

    /// <summary>
    /// For an outbox, how many messages it holds: sent while the final inbox was full by a component that holds
    /// messages when full, and delivered, in order, as room is made.
    /// </summary>
    public virtual int Held => 0;

    /// <summary>
    /// Delivers the messages this outbox holds, oldest first, while the final inbox has room (or regardless of
    /// its limit with <paramref name="ignoreSizeLimit"/>); true when none remain.
    /// </summary>
    internal virtual bool TryReleaseHeld(bool ignoreSizeLimit) => true;

    /// <inheritdoc />
    public override string ToString() => $"{Owner.Name}.{Name} ({Direction.ToString().ToLowerInvariant()} of {TypeNames.Of(ElementType)})";

    internal void AttachTarget(Box target)
    {
        Target = target;
        switch (target._sources)
        {
            case null:
                target._sources = this;
                break;
            case Box single:
                target._sources = new List<Box>(2) { single, this };
                break;
            case var many:
                ((List<Box>)many).Add(this);
                break;
        }
    }

    internal void DetachTarget()
    {
        var target = Target!;
        if (ReferenceEquals(target._sources, this))
        {
            target._sources = null;
        }
        else if (target._sources is List<Box> many)
        {
            many.Remove(this);
            if (many.Count == 0)
            {
                target._sources = null;
            }
        }

        Target = null;
    }

    /// <summary>Recomputes where this box delivers after the chain it belongs to changed.</summary>
    internal void Resolve()
    {
        var final = this;
        while (final.Target is { } next)
        {
            final = next;
        }

        _finalBox = ReferenceEquals(final, this) ? null : final;
        ResolveDelivery(final);
    }

    private protected abstract void ResolveDelivery(Box finalBox);

    /// <summary>A sink that takes messages of type <typeparamref name="TFrom"/> into this box, or null for an outbox.</summary>
    internal abstract IMessageSink<TFrom>? CreateSinkFrom<TFrom>(Box source);

    /// <summary>Sends a message through the untyped (string-named) API, checking its type.</summary>
    internal abstract void SendObject(object? message);

    /// <summary>Delivers a message of the box's type through the untyped API regardless of any size limit.</summary>
    internal abstract void PutObjectPastLimit(object? message);

    /// <summary>Receives through the untyped API.</summary>
    internal abstract bool TryRecvObject(out object? message);

    /// <summary>Receives through the untyped API; throws when empty (blocks on a threaded component's thread).</summary>
    internal abstract object? RecvObject();

    /// <summary>Moves messages waiting in this box's own storage on to its final box, in order.</summary>
    internal abstract void MoveWaitingMessagesOn();

    /// <summary>
    /// Finds a message waiting in this box's own storage that a box of <paramref name="elementType"/> could not
    /// take, so that a link which would move it there is refused before anything changes.
    /// </summary>
    internal virtual bool TryFindWaitingMisfit(Type elementType, out object? misfit)
    {
        misfit = null;
        return false;
    }

    /// <summary>
    /// When this box delivers through a link to another scheduler, the component there that receives for it (the
    /// final inbox's producer in place of this box's owner, see <see cref="RemoteFeeders"/>). Null otherwise.
    /// </summary>
    internal virtual Component? RemoteReceiver => null;

    /// <summary>
    /// For an inbox fed from other schedulers: the receivers that deliver into it, its producers for as long as they
    /// run, whether or not the links they drain are still linked (a link removed while it holds messages is still
    /// drained, and its receiver must still be woken when room is made). Changed under the link graph's lock. Held by
    /// the owner, not in a field of every box.
    /// </summary>
    internal List<Component>? RemoteFeeders
    {
        get => Owner.RemoteFeedersOf(this);
        set => Owner.SetRemoteFeeders(this, value);
    }

    /// <summary>The size limit of this box's own storage (an inbox's), or null when it has none.</summary>
    internal virtual int? OwnSizeLimit => null;

    /// <summary>Sets the owners of the outboxes that feed this (final) inbox, woken when a message is collected.</summary>
    internal virtual void SetProducers(ReadOnlySpan<Component> producers)
    {
    }

    /// <summary>Wakes the producers of an inbox, as a collection does (also when its owner ends).</summary>
    internal virtual void WakeProducersOfCollection()
    {
    }

    /// <summary>The end of a pass in which an inbox with several producers woke them all (see <see cref="Scheduler"/>).</summary>
    internal virtual void ForgetProducersWokenInPass()
    {
    }

    /// <summary>Gives the box a bounded queue to a threaded component's own thread.</summary>
    internal abstract void AttachThreadBridge(ThreadedComponent owner, int capacity);

    /// <summary>Scheduler side of a threaded component: moves messages between the box and its thread queue.</summary>
    internal abstract bool PumpThreadBridge();

    /// <summary>True while a threaded component's thread queue for this box holds messages.</summary>
    internal abstract bool BridgeHasMessages { get; }

    /// <summary>True when the inbox this box finally delivers into has reached its size limit.</summary>
    public abstract bool IsFull { get; }

    /// <summary>Sets an inbox's size limit (only inboxes have one).</summary>
    internal virtual void SetSizeLimit(int? limit) =>
        throw new InvalidOperationException($"'{Name}' of {Owner.Name} is an outbox; only inboxes have a size limit.");

    /// <summary>True when this box's own storage has reached its size limit.</summary>
    internal virtual bool IsOwnStorageFull => false;
}
