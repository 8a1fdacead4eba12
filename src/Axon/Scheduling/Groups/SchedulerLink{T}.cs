using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// A link between schedulers for messages of type <typeparamref name="T"/>: a lock-free bounded ring with one
/// writer (the source's scheduler thread) and one reader (the final inbox's scheduler thread), so per-link FIFO
/// holds and no message takes a lock. The ring holds as many messages as the final inbox's size limit, so that a
/// full ring is a full inbox to the sender: <see cref="NoSpaceInBoxException"/>, or the outbox holds the message.
/// Into an inbox with no limit nothing is ever refused: what the ring cannot take waits, in order, in a lock-free
/// overflow queue behind it, used only while the ring is full and until the receiver has emptied it.
/// </summary>
/// <remarks>
/// The sender writes to the ring only while the overflow count is zero, and counts an overflow message after queueing
/// it; the receiver looks at the count before it looks at the ring, then takes from the ring first. So a message in
/// the overflow queue is always newer than every message in the ring, and the receiver sees the older ones first.
/// </remarks>
internal sealed class SchedulerLink<T> : SchedulerLink
{
    private readonly BoundedRing<Stamped<T>> _ring;
    private readonly Inbox<T>? _direct;
    private readonly IMessageSink<T>? _converting;
    private readonly bool _bounded;

    // Waiting for room: the sender met a full ring; the receiver wakes it once room is made.
    private readonly CrossThreadWake _senderWaitsForRoom;
    private readonly ConcurrentQueue<Stamped<T>> _overflow = new();
    // Messages in the overflow queue, and the one the receiver has taken out of it and not yet delivered.
    private int _overflowCount;

    // The receiver's look at the oldest overflow message, taken out of the queue rather than peeked at: peeking
    // would keep the queue's segments from being reused, one allocation per few messages.
    private Stamped<T> _overflowOldest;
    private bool _holdsOverflowOldest;
    private volatile bool _retired;

    public SchedulerLink(Box source, Box final, SchedulerChannel channel, int capacity, bool bounded)
    {
        Source = source;
        Final = final;
        Channel = channel;
        Capacity = capacity;
        _bounded = bounded;
        _ring = new BoundedRing<Stamped<T>>(capacity);
        _direct = final as Inbox<T>;
        _converting = _direct is null ? final.CreateSinkFrom<T>(source) : null;
        _senderWaitsForRoom = new CrossThreadWake(source.Owner);
    }

    public Box Source { get; }

    public override Box Final { get; }

    public SchedulerChannel Channel { get; }

    public int Capacity { get; }

    public override bool IsRetired => _retired;

    /// <summary>The source box delivers elsewhere now: the receiver drains what is left and lets the link go.</summary>
    public void Retire() => _retired = true;

    /// <summary>
    /// True when a message sent now would be refused (the ring is full and the final inbox has a limit). A sender
    /// that sees it is woken when room is made, as a local producer is when its message is collected.
    /// </summary>
    public bool IsFull
    {
        get
        {
            if (!_bounded || HasRoom)
            {
                return false;
            }

            // Arm, then look again (the receiver may have made room before it could see the mark).
            _senderWaitsForRoom.Arm();
            if (HasRoom)
            {
                _senderWaitsForRoom.Disarm();
                return false;
            }

            return true;
        }
    }

    /// <summary>Room in the ring, and no message waiting behind it (one sent past the limit while stopping).</summary>
    private bool HasRoom => Volatile.Read(ref _overflowCount) == 0 && _ring.HasRoom;

    /// <summary>
    /// Source side: sends a message across; false, keeping nothing, when the final inbox has a limit and the ring is
    /// full (unless <paramref name="ignoreSizeLimit"/>, which queues it behind the ring as an unlimited inbox would).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryWrite(T message, bool ignoreSizeLimit)
    {
        if (Volatile.Read(ref _overflowCount) == 0 && _ring.TryWrite(new Stamped<T>(message, Channel.PeekNextSequence())))
        {
            Channel.Sent();
            return true;
        }

        return TryWriteBehindFullRing(message, ignoreSizeLimit);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryWriteBehindFullRing(T message, bool ignoreSizeLimit)
    {
        if (Volatile.Read(ref _overflowCount) == 0 && _ring.TryWrite(new Stamped<T>(message, Channel.PeekNextSequence())))
        {
            // The receiver emptied the overflow queue since the first look.
            Channel.Sent();
            return true;
        }

        if (_bounded && !ignoreSizeLimit)
        {
            _ = IsFull;
            return false;
        }

        _overflow.Enqueue(new Stamped<T>(message, Channel.PeekNextSequence()));
        Interlocked.Increment(ref _overflowCount);
        Channel.Sent();
        return true;
    }

    /// <inheritdoc />
    public override bool TryPeekSequence(out long sequence)
    {
        if (TryPeekOldest(out var oldest, out _))
        {
            sequence = oldest.Sequence;
            return true;
        }

        sequence = 0;
        return false;
    }

    /// <inheritdoc />
    public override bool TryDeliverOldest()
    {
        if (!TryPeekOldest(out var oldest, out var inOverflow))
        {
            return false;
        }

        if (Final.Target is not null)
        {
            // The inbox has since been linked onward (a chassis linking its inbox to a child's): on along its chain.
            if (!ForwardAlongChain(oldest.Item))
            {
                return false;
            }
        }
        else
        {
            var ignoreLimit = Final.Owner.IsStopped;
            if (!ignoreLimit && Final.IsOwnStorageFull)
            {
                return false;
            }

            if (_direct is { } direct)
            {
                direct.Enqueue(oldest.Item, ignoreLimit);
            }
            else
            {
                _converting!.Deliver(oldest.Item, ignoreLimit);
            }
        }

        if (inOverflow)
        {
            (_overflowOldest, _holdsOverflowOldest) = (default, false);
            Interlocked.Decrement(ref _overflowCount);
        }
        else
        {
            _ring.DropPeeked();
        }

        return true;
    }

    /// <summary>Delivers into what the inbox now forwards to, as a send into it would; false when that is full.</summary>
    private bool ForwardAlongChain(T item)
    {
        if (Final.FinalBox.Owner.IsStopped)
        {
            Final.PutObjectPastLimit(item);
            return true;
        }

        if (Final.IsFull)
        {
            return false;
        }

        Final.SendObject(item);
        return true;
    }

    /// <inheritdoc />
    public override void WakeSenderIfWaiting() => _senderWaitsForRoom.WakeIfArmed();

    /// <summary>The oldest message, from the ring or, once the ring has filled, from the overflow queue behind it.</summary>
    private bool TryPeekOldest(out Stamped<T> oldest, out bool inOverflow)
    {
        inOverflow = false;
        // The count first: every message the ring received before the overflow began is then visible in the ring.
        var overflowing = Volatile.Read(ref _overflowCount) != 0;
        if (_ring.TryPeek(out oldest))
        {
            return true;
        }

        if (_holdsOverflowOldest || (overflowing && _overflow.TryDequeue(out _overflowOldest)))
        {
            _holdsOverflowOldest = true;
            oldest = _overflowOldest;
            inOverflow = true;
            return true;
        }

        return false;
    }
}
