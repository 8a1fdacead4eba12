namespace Axon;

/// <summary>A box whose messages are of type <typeparamref name="T"/>.</summary>
public abstract class Box<T> : Box
{
    // The final inbox when a send may go straight into it: same element type and no thread bridge. Null sends
    // everything else (conversion, a threaded component's thread, an unlinked outbox) down the slow path, so the
    // common send tests one field.
    private protected Inbox<T>? _fastSink;

    // What only some boxes need (a converting sink, a thread bridge), kept apart so that most boxes carry one
    // null reference for it.
    private UncommonRouting? _uncommon;

    private protected Box(Component owner, string name, string? description)
        : base(owner, name, description)
    {
    }

    /// <inheritdoc />
    public sealed override Type ElementType => typeof(T);

    /// <inheritdoc />
    public sealed override bool IsFull => DirectSink is { } direct
        ? direct.IsOwnStorageFull
        : _uncommon?.Remote is { } remote ? remote.IsFull : FinalBox.IsOwnStorageFull;

    internal ThreadBridge<T>? Bridge => _uncommon?.Bridge;

    /// <summary>The link to another scheduler this box delivers through, or null.</summary>
    internal SchedulerLink<T>? Remote => _uncommon?.Remote;

    /// <inheritdoc />
    internal sealed override Component? RemoteReceiver => _uncommon?.Remote?.Channel.Receiver;

    /// <summary>The final inbox when it takes this box's type, bridge or not.</summary>
    private protected Inbox<T>? DirectSink => _fastSink ?? _uncommon?.DirectSink;

    private protected sealed override void ResolveDelivery(Box finalBox)
    {
        var bridge = Bridge;
        var remote = SchedulerLinks.Resolve(this, finalBox, Remote);
        if (remote is not null)
        {
            // The final inbox is on another scheduler: everything goes through the link's ring, never straight in.
            _fastSink = null;
            _uncommon = new UncommonRouting { Remote = remote, Bridge = bridge };
            OnDeliveryChanged();
            return;
        }

        var sameType = finalBox as Inbox<T>;
        var converting = sameType is null ? finalBox.CreateSinkFrom<T>(this) : null;
        _fastSink = bridge is null ? sameType : null;
        _uncommon = bridge is null && converting is null
            ? null
            : new UncommonRouting { DirectSink = sameType, ConvertingSink = converting, Bridge = bridge };
        OnDeliveryChanged();
    }

    /// <summary>Called when the box's chain was resolved anew (linked, unlinked or relinked).</summary>
    private protected virtual void OnDeliveryChanged()
    {
    }

    /// <summary>Delivers a message into the final inbox of this box's chain (or counts it discarded).</summary>
    internal void Deliver(T message, bool ignoreSizeLimit = false)
    {
        if (_fastSink is { } fast)
        {
            fast.Enqueue(message, ignoreSizeLimit);
        }
        else if (_uncommon?.DirectSink is { } direct)
        {
            direct.Enqueue(message, ignoreSizeLimit);
        }
        else if (_uncommon?.ConvertingSink is { } converting)
        {
            converting.Deliver(message, ignoreSizeLimit);
        }
        else if (_uncommon?.Remote is { } remote)
        {
            DeliverToOtherScheduler(remote, message, ignoreSizeLimit);
        }
        else
        {
            Discard();
        }
    }

    /// <summary>True when this box delivers somewhere (its chain ends in an inbox).</summary>
    internal bool Delivers => DirectSink is not null || _uncommon?.ConvertingSink is not null || _uncommon?.Remote is not null;

    /// <summary>
    /// Into a link to another scheduler: a full ring is a full inbox, refused as a local one is, with the same
    /// exception naming the final inbox.
    /// </summary>
    private static void DeliverToOtherScheduler(SchedulerLink<T> remote, T message, bool ignoreSizeLimit)
    {
        if (!remote.TryWrite(message, ignoreSizeLimit))
        {
            throw new NoSpaceInBoxException(remote.Capacity, remote.Capacity, remote.Final);
        }
    }

    private void Discard()
    {
        if (Owner.Scheduler is { Strict: true })
        {
            throw new UnlinkedOutboxException(this);
        }

        CountDiscarded();
        if (Telemetry.MessagesObserved)
        {
            Telemetry.CountDiscarded(this);
        }
    }

    /// <summary>Counts a message sent with nowhere to go (only outboxes can be unlinked at the end of a chain).</summary>
    private protected virtual void CountDiscarded()
    {
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

    internal sealed override void PutObjectPastLimit(object? message) => Deliver((T)message!, ignoreSizeLimit: true);

    internal sealed override void AttachThreadBridge(ThreadedComponent owner, int capacity)
    {
        var direct = DirectSink;
        _fastSink = null;
        _uncommon = new UncommonRouting { DirectSink = direct, ConvertingSink = _uncommon?.ConvertingSink, Remote = Remote, Bridge = new ThreadBridge<T>(owner, capacity) };
    }

    internal sealed override bool BridgeHasMessages => Bridge is { Count: > 0 };

    private sealed class UncommonRouting
    {
        public Inbox<T>? DirectSink { get; init; }

        public IMessageSink<T>? ConvertingSink { get; init; }

        public ThreadBridge<T>? Bridge { get; init; }

        public SchedulerLink<T>? Remote { get; init; }
    }
}
