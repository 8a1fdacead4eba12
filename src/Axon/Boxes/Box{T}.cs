namespace Axon;

/// <summary>A box whose messages are of type <typeparamref name="T"/>.</summary>
public abstract class Box<T> : Box
{
    private Inbox<T>? _directSink;
    private IMessageSink<T>? _convertingSink;

    private protected Box(Component owner, string name, string? description, BoxDirection direction)
        : base(owner, name, description, direction)
    {
    }

    /// <inheritdoc />
    public sealed override Type ElementType => typeof(T);

    /// <inheritdoc />
    public sealed override bool IsFull => _directSink is { } direct ? direct.IsOwnStorageFull : FinalBox.IsOwnStorageFull;

    internal ThreadBridge<T>? Bridge { get; private set; }

    private protected sealed override void ResolveDelivery(Box finalBox)
    {
        if (finalBox is Inbox<T> sameType)
        {
            _directSink = sameType;
            _convertingSink = null;
        }
        else
        {
            _directSink = null;
            _convertingSink = finalBox.CreateSinkFrom<T>(this);
        }
    }

    /// <summary>Delivers a message into the final inbox of this box's chain (or counts it discarded).</summary>
    internal void Deliver(T message, bool ignoreSizeLimit = false)
    {
        if (_directSink is { } direct)
        {
            direct.Enqueue(message, ignoreSizeLimit);
        }
        else if (_convertingSink is { } converting)
        {
            converting.Deliver(message, ignoreSizeLimit);
        }
        else
        {
            Discard();
        }
    }

    /// <summary>True when this box delivers somewhere (its chain ends in an inbox).</summary>
    internal bool Delivers => _directSink is not null || _convertingSink is not null;

    private void Discard()
    {
        if (Owner.Scheduler is { Strict: true })
        {
            throw new UnlinkedOutboxException(this);
        }

        Discarded++;
    }

    internal sealed override void SendObject(object? message)
    {
        if (message is T typed)
        {
            SendTyped(typed);
        }
        else if (message is null && default(T) is null)
        {
            SendTyped(default!);
        }
        else
        {
            throw new BoxTypeMismatchException(
                $"{Direction} '{Name}' of {Owner.Name} takes {TypeNames.Of(typeof(T))}; a {message?.GetType().Name ?? "null"} cannot be sent on it.",
                this);
        }
    }

    private protected abstract void SendTyped(T message);

    internal sealed override void AttachThreadBridge(ThreadedComponent owner, int capacity) =>
        Bridge = new ThreadBridge<T>(owner, capacity);

    internal sealed override bool BridgeHasMessages => Bridge is { Count: > 0 };
}
