using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// A component's outbox for messages of type <typeparamref name="T"/>. Sending delivers the message at once
/// into the final inbox of the outbox's link chain; an outbox linked to nothing counts the message as
/// <see cref="Box.Discarded"/> (or throws in <see cref="Scheduler.Strict"/> mode).
/// </summary>
public sealed class Outbox<T> : Box<T>
{
    private long _discarded;
    // Messages sent while the final inbox was full, oldest first: made on the first hold and kept, so that
    // backpressure that comes and goes allocates nothing more. Null for an outbox that never met a full inbox.
    private HeldMessages<T>? _held;

    // True while _held has messages: the one extra test on the send fast path.
    private bool _holding;

    internal Outbox(Component owner, string name, string? description)
        : base(owner, name, description)
    {
        Resolve();
    }

    /// <inheritdoc />
    public override BoxDirection Direction => BoxDirection.Outbox;

    /// <inheritdoc />
    public override long Discarded => _discarded;

    private protected override void CountDiscarded() => _discarded++;

    /// <summary>Outboxes hold no messages: a send goes straight to the final inbox.</summary>
    public override int Count => 0;

    /// <summary>
    /// Sends a message. When the final inbox is full, a component that holds messages when full
    /// (<see cref="Component.HoldMessagesWhenFull"/>: every generated handler component) keeps it in this outbox
    /// until there is room, and every later send on this outbox queues behind it; any other component gets
    /// <see cref="NoSpaceInBoxException"/>, and the message stays with the caller.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Send(T message)
    {
        if (_fastSink is { } sink && !_holding)
        {
            if (!sink.TryEnqueue(message))
            {
                SendToFullInbox(sink, message);
                return;
            }

            // Straight into the final inbox: one check here counts both ends.
            if (Telemetry.MessagesObserved)
            {
                // The sink read again (a read the compiler does not merge with the first), so that the send keeps
                // nothing live across its calls for this.
                Telemetry.CountSentAndDelivered(this, Volatile.Read(ref _fastSink)!);
            }

            return;
        }

        SendThroughSlowPath(message);
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountSent(this);
        }
    }

    /// <summary>How many messages this outbox holds, sent while the final inbox was full and not delivered yet.</summary>
    public override int Held => _holding ? _held!.Count : 0;

    /// <summary>The messages this outbox holds, oldest first, without taking them.</summary>
    public IReadOnlyList<T> PeekHeld() => _holding ? _held!.ToArray() : [];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SendToFullInbox(Inbox<T> sink, T message)
    {
        if (!Owner.HoldMessagesWhenFull)
        {
            throw sink.NoSpace();
        }

        Hold(message);
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountSent(this);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SendThroughSlowPath(T message)
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            bridge.Put(message, this);
            return;
        }

        if (_holding || (Owner.HoldMessagesWhenFull && IsFull))
        {
            // Behind messages already held, or in front of a full inbox: FIFO per link means it waits too.
            Hold(message);
            return;
        }

        Deliver(message);
    }

    /// <summary>Tries to send a message; returns false, keeping nothing, when the final inbox is full or this outbox holds messages.</summary>
    public bool TrySend(T message)
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            // On a threaded component's own thread: the queue to the scheduler says whether there is room.
            return bridge.TryPut(message) && CountedSent();
        }

        if (_holding || IsFull)
        {
            return false;
        }

        try
        {
            Deliver(message);
            return CountedSent();
        }
        catch (NoSpaceInBoxException)
        {
            return false;
        }
    }

    private bool CountedSent()
    {
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountSent(this);
        }

        return true;
    }

    private void Hold(T message)
    {
        if (!_holding)
        {
            _held ??= new HeldMessages<T>();
            _holding = true;
            Owner.CountHoldingOutbox(+1);
        }

        _held!.Enqueue(message);
    }

    /// <inheritdoc />
    internal override bool TryReleaseHeld(bool ignoreSizeLimit)
    {
        if (!_holding)
        {
            return true;
        }

        // A stopped consumer will never make room: its inbox takes what was meant for it, as it would have
        // without the limit, so that nothing is lost and nothing waits for ever.
        var ignoreLimit = ignoreSizeLimit || FinalOwnerIsStopped;
        var held = _held!;
        while (held.Count > 0)
        {
            if (!ignoreLimit && IsFull)
            {
                return false;
            }

            Deliver(held.Peek(), ignoreLimit);
            held.Dequeue();
        }

        _holding = false;
        Owner.CountHoldingOutbox(-1);
        return true;
    }

    private bool FinalOwnerIsStopped => FinalBox is { Direction: BoxDirection.Inbox } final && final.Owner.IsStopped;

    /// <summary>A held message may now go elsewhere (or be counted as discarded): the loop must look again.</summary>
    private protected override void OnDeliveryChanged()
    {
        if (_holding)
        {
            Owner.Unpause();
        }
    }

    private protected override void SendTyped(T message) => Send(message);

    internal override IMessageSink<TFrom>? CreateSinkFrom<TFrom>(Box source) => null;

    internal override bool TryRecvObject(out object? message) => throw NotReceivable();

    internal override object? RecvObject() => throw NotReceivable();

    private InvalidOperationException NotReceivable() =>
        new($"'{Name}' of {Owner.Name} is an outbox: messages are sent on it, not received from it.");

    internal override void MoveWaitingMessagesOn()
    {
        // Outboxes hold nothing.
    }

    internal override bool PumpThreadBridge()
    {
        var bridge = Bridge!;
        if (DirectSink is { } sink)
        {
            // The final inbox takes this type: straight into its queue, as far as its limit allows.
            return sink.EnqueueFrom(bridge);
        }

        var moved = false;
        while (bridge.TryPeek(out var item) && !IsFull)
        {
            Deliver(item);
            bridge.RemovePeeked();
            moved = true;
        }

        return moved;
    }
}
