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
    /// Sends a message. Throws <see cref="NoSpaceInBoxException"/> when the final inbox is full; the message
    /// is then not delivered and stays with the caller.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Send(T message)
    {
        if (_fastSink is { } sink)
        {
            sink.Enqueue(message, ignoreSizeLimit: false);
            return;
        }

        SendThroughSlowPath(message);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SendThroughSlowPath(T message)
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            bridge.Put(message, this);
            return;
        }

        Deliver(message);
    }

    /// <summary>Tries to send a message; returns false, keeping nothing, when the final inbox is full.</summary>
    public bool TrySend(T message)
    {
        if (Bridge is { IsWorkerThread: true } bridge)
        {
            // On a threaded component's own thread: the queue to the scheduler says whether there is room.
            return bridge.TryPut(message);
        }

        if (IsFull)
        {
            return false;
        }

        try
        {
            Send(message);
            return true;
        }
        catch (NoSpaceInBoxException)
        {
            return false;
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
