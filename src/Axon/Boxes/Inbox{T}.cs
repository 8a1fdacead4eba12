using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// A component's inbox for messages of type <typeparamref name="T"/>. Messages wait here in arrival order until
/// the owner collects them; an optional size limit holds fast producers back.
/// </summary>
public sealed class Inbox<T> : Box<T>
{
    // A mutable struct: must stay a non-readonly field so that calls change it in place.
    private MessageQueue<T> _queue = new();
    // The owners of the outboxes feeding this inbox: null, the one component (the usual case, with no array),
    // or a Component[].
    private object? _producers;

    // True when _producers is the one component, so that a receive reaches it without a type test.
    private bool _singleProducer;

    // With several producers: every one was woken in the current pass, so later collections in it need not look at
    // them again (the scheduler clears the mark at the end of the pass).
    private bool _everyProducerWoken;
    private bool _hasSizeLimit;

    // The limit as the hot path reads it: int.MaxValue when there is none, so a send makes one comparison.
    private int _effectiveLimit = int.MaxValue;

    internal Inbox(Component owner, string name, string? description)
        : base(owner, name, description)
    {
        Resolve();
    }

    /// <inheritdoc />
    public override BoxDirection Direction => BoxDirection.Inbox;

    /// <summary>
    /// How many messages wait in this inbox. An inbox that forwards to a child (a passthrough source) holds none.
    /// Read from a threaded component's own thread, it counts the messages already handed to that thread.
    /// </summary>
    public override int Count => Bridge is { IsWorkerThread: true } bridge ? bridge.Count : _queue.Count;

    /// <inheritdoc />
    public override uint Arrivals => _queue.Enqueued;

    /// <summary>
    /// The most messages the inbox holds before senders get <see cref="NoSpaceInBoxException"/>; null for no
    /// limit. The limit applies while the inbox is the final box of its chain.
    /// </summary>
    public int? SizeLimit
    {
        get => _hasSizeLimit ? _effectiveLimit : null;
        set
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The size limit of inbox '{Name}' of {Owner.Name} cannot be negative.");
            }

            _hasSizeLimit = value.HasValue;
            _effectiveLimit = value ?? int.MaxValue;
        }
    }

    internal override void SetSizeLimit(int? limit) => SizeLimit = limit;

    internal override int? OwnSizeLimit => SizeLimit;

    internal override bool IsOwnStorageFull => _queue.Count >= _effectiveLimit;

    /// <summary>Takes the oldest message; throws <see cref="EmptyInboxException"/> when there is none.</summary>
    public T Recv()
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            return bridge.Take();
        }

        if (!_queue.TryDequeue(out var item))
        {
            throw new EmptyInboxException(this);
        }

        WakeProducers();
        return item;
    }

    /// <summary>Takes the oldest message if there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRecv(out T message)
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            return bridge.TryTake(out message);
        }

        return TryRecvOnSchedulerThread(out message);
    }

    /// <summary>
    /// The waiting messages, to be taken one at a time in a <c>foreach</c>: each as <see cref="TryRecv"/> would take
    /// it, with the per-receive checks made once for the batch (see <see cref="InboxBatch{T}"/>). For one loop in the
    /// current step.
    /// </summary>
    /// <remarks>
    /// When a message waits, the producers are woken here, for the batch's first collection: the loop takes that
    /// message next, with nothing run in between, so the wake is the one <see cref="TryRecv"/> would make, a few
    /// instructions earlier in the same step. Later collections in the batch wake the producers only if they changed
    /// (see <see cref="InboxBatch{T}.MoveNext"/>).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public InboxBatch<T> Batch()
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            // The thread receives through its queue, message by message.
            return new(this, bridge);
        }

        if (_queue.Count != 0)
        {
            WakeProducers();
        }

        return new(this, _producers);
    }

    /// <summary>The producers as <see cref="InboxBatch{T}"/> compares them: null, the one component, or the array.</summary>
    internal object? Producers
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _producers;
    }

    /// <summary>Takes the oldest message without waking the producers: for a batch that has woken them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryDequeue(out T message) => _queue.TryDequeue(out message);

    /// <summary><see cref="TryRecv"/> on the scheduler's thread: takes the oldest message and wakes the producers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryRecvOnSchedulerThread(out T message)
    {
        if (!_queue.TryDequeue(out message))
        {
            return false;
        }

        WakeProducers();
        return true;
    }

    /// <summary>The messages waiting, oldest first, without taking them.</summary>
    public IReadOnlyList<T> Peek() => _queue.ToArray();

    /// <summary>The oldest waiting message of type <typeparamref name="TMessage"/>, left in the inbox; null when none.</summary>
    internal TMessage? FirstWaiting<TMessage>()
        where TMessage : class
    {
        for (var i = 0; i < _queue.Count; i++)
        {
            if (_queue.PeekAt(i) is TMessage message)
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>Delivers a message into this inbox as if it had been sent to it (through any forwarding).</summary>
    internal void Put(T message) => Deliver(message);

    private protected override void SendTyped(T message) => Deliver(message);

    /// <summary>Stores a message that arrived here as the final box of a chain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Enqueue(T message, bool ignoreSizeLimit)
    {
        if (_queue.Count >= _effectiveLimit && !ignoreSizeLimit)
        {
            throw NoSpace();
        }

        _queue.Enqueue(message);
        Owner.NotifyMessageArrived();
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountDelivered(this);
        }
    }

    /// <summary>Stores a message unless the inbox is at its size limit; false (storing nothing) when it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryEnqueue(T message)
    {
        if (_queue.Count >= _effectiveLimit)
        {
            return false;
        }

        _queue.Enqueue(message);
        Owner.NotifyMessageArrived();
        return true;
    }

    /// <summary>Refuses a message for want of room: the exception a sender that does not hold messages gets.</summary>
    internal NoSpaceInBoxException NoSpace() => new(_queue.Count, _effectiveLimit, this);

    /// <inheritdoc />
    internal override void WakeProducersOfCollection()
    {
        if (_singleProducer)
        {
            Unsafe.As<Component>(_producers!).NotifyMessageCollected();
        }
        else if (_producers is Component[] producers)
        {
            foreach (var producer in producers)
            {
                producer.NotifyMessageCollected();
            }
        }
    }

    /// <inheritdoc />
    internal override void ForgetProducersWokenInPass() => _everyProducerWoken = false;

    /// <summary>
    /// A message was collected: wake the producers, as Axon does on every collection. Each wake takes effect at the
    /// end of the pass, as any does, and only the first of a pass costs more than a flag test (see
    /// <see cref="Component.NotifyMessageCollected"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WakeProducers()
    {
        if (_singleProducer)
        {
            Unsafe.As<Component>(_producers!).NotifyMessageCollected();
        }
        else if (_producers is not null && !_everyProducerWoken)
        {
            WakeEveryProducer();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WakeEveryProducer()
    {
        foreach (var producer in (Component[])_producers!)
        {
            producer.NotifyMessageCollected();
        }

        // During a pass the wakes hold until its end, so the collections after this one in the pass skip them.
        if (Owner.Scheduler is { InPass: true } scheduler)
        {
            _everyProducerWoken = true;
            scheduler.ForgetAtEndOfPass(this);
        }
    }

    internal override void SetProducers(ReadOnlySpan<Component> producers)
    {
        _producers = producers.Length switch
        {
            0 => null,
            1 => producers[0],
            _ => producers.ToArray(),
        };
        _singleProducer = producers.Length == 1;
        _everyProducerWoken = false;
    }

    internal override IMessageSink<TFrom> CreateSinkFrom<TFrom>(Box source) => new ConvertingSink<TFrom, T>(this, source);

    internal override object? RecvObject() => Recv();

    internal override bool TryRecvObject(out object? message)
    {
        if (TryRecv(out var typed))
        {
            message = typed;
            return true;
        }

        message = null;
        return false;
    }

    internal override bool TryFindWaitingMisfit(Type elementType, out object? misfit)
    {
        if (!elementType.IsAssignableFrom(typeof(T)))
        {
            foreach (var item in _queue.ToArray())
            {
                var fits = item is null
                    ? !elementType.IsValueType || Nullable.GetUnderlyingType(elementType) is not null
                    : elementType.IsInstanceOfType(item);
                if (!fits)
                {
                    misfit = item;
                    return true;
                }
            }
        }

        misfit = null;
        return false;
    }

    internal override void MoveWaitingMessagesOn()
    {
        // Moving ignores size limits: a link never fails half-way and never loses a message.
        while (_queue.TryDequeue(out var item))
        {
            WakeProducers();
            Deliver(item, ignoreSizeLimit: true);
        }
    }

    internal override bool PumpThreadBridge()
    {
        var bridge = Bridge!;
        var moved = false;
        while (_queue.Count > 0 && bridge.TryAdd(_queue.Peek()))
        {
            _queue.TryDequeue(out _);
            moved = true;
        }

        if (moved)
        {
            // Room was made: the producers held back by the limit may send again (one wake for the batch).
            WakeProducers();
        }

        return moved;
    }

    /// <summary>
    /// Scheduler side of a threaded component's outbox that delivers here: takes what its thread sent, in order,
    /// while this inbox has room; true when any moved.
    /// </summary>
    internal bool EnqueueFrom(ThreadBridge<T> bridge)
    {
        var room = _effectiveLimit - _queue.Count;
        var moved = 0;
        while (moved < room && bridge.TryTakeSent(out var item))
        {
            _queue.Enqueue(item);
            moved++;
        }

        if (moved == 0)
        {
            return false;
        }

        Owner.NotifyMessageArrived();
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountDelivered(this, moved);
        }

        return true;
    }
}
