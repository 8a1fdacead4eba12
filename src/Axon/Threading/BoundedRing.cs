using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// A lock-free, bounded FIFO ring that carries messages between threads: no lock per message, and a value type is
/// stored as it is, never boxed. It only stores; who waits for data or for room, and how they are woken in
/// batches, is up to the two ends (<see cref="CrossThreadWake"/> for a component, <see cref="ProgressSignal"/> for
/// threads).
/// </summary>
/// <remarks>
/// <para>
/// Each slot carries a sequence number (D. Vyukov's bounded queue): a slot is free for the message at position
/// <c>p</c> when its sequence is <c>p</c>, holds that message when it is <c>p + 1</c>, and is free for the next lap
/// when the reader sets it to <c>p + length</c>. A writer publishes with a release store of the sequence after the
/// message; a reader takes the message after an acquire load of it, so each end touches the slot's cache line and
/// its own position, never the other end's. Positions are 64-bit and do not wrap in practice.
/// </para>
/// <para>
/// Built for one writer and one reader (the thread bridge of a <see cref="ThreadedComponent"/>, a link between two
/// schedulers); with <c>multipleWriters</c> writers claim positions with a compare-exchange (a
/// <see cref="Handle"/> that many threads put into), with <c>multipleReaders</c> readers do (a Handle's getters).
/// Messages from one writer keep their order; a reader sees every message exactly once.
/// </para>
/// <para>
/// The array's length is the capacity rounded up to a power of two; a capacity below it is kept exactly by
/// comparing with the reader's position, which a writer reads only when its cached copy says the ring is full.
/// </para>
/// </remarks>
internal sealed class BoundedRing<T>
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly bool _capacityBelowLength;
    private readonly bool _multipleWriters;
    private readonly bool _multipleReaders;
    private RingPositions _positions;

    public BoundedRing(int capacity, bool multipleWriters = false, bool multipleReaders = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 1 << 30);
        // At least two slots: with one, a published slot (sequence p + 1) would look free to the writer at p + 1.
        var length = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)capacity));
        _slots = new Slot[length];
        for (var i = 0; i < length; i++)
        {
            _slots[i].Sequence = i;
        }

        _mask = length - 1;
        Capacity = capacity;
        _capacityBelowLength = capacity < length;
        _multipleWriters = multipleWriters;
        _multipleReaders = multipleReaders;
    }

    /// <summary>The most messages the ring holds.</summary>
    public int Capacity { get; }

    /// <summary>
    /// How many messages the ring holds: exact when neither end is moving, a snapshot otherwise (a message being
    /// written or read may or may not be counted).
    /// </summary>
    public int Count
    {
        get
        {
            var read = Volatile.Read(ref _positions.Read);
            var written = Volatile.Read(ref _positions.Write);
            return (int)Math.Clamp(written - read, 0, Capacity);
        }
    }

    /// <summary>Adds a message at the end; false, storing nothing, when the ring is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryWrite(T item)
    {
        if (_multipleWriters)
        {
            return TryWriteShared(item);
        }

        var position = _positions.Write;
        ref var slot = ref _slots[(int)position & _mask];
        if (Volatile.Read(ref slot.Sequence) != position || (_capacityBelowLength && !BelowCapacity(position)))
        {
            return false;
        }

        slot.Item = item;
        Volatile.Write(ref slot.Sequence, position + 1);
        Volatile.Write(ref _positions.Write, position + 1);
        return true;
    }

    /// <summary>
    /// True when a write would succeed now. Only meaningful to the single writer (another writer could take the room).
    /// </summary>
    public bool HasRoom
    {
        get
        {
            var position = Volatile.Read(ref _positions.Write);
            return Volatile.Read(ref _slots[(int)position & _mask].Sequence) == position
                && (!_capacityBelowLength || BelowCapacity(position));
        }
    }

    /// <summary>Takes the oldest message; false when the ring is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(out T item)
    {
        if (_multipleReaders)
        {
            return TryReadShared(out item);
        }

        if (!TryPeek(out item))
        {
            return false;
        }

        DropPeeked();
        return true;
    }

    /// <summary>True when the ring holds no published message (a message being written may not be seen yet).</summary>
    public bool IsEmpty
    {
        get
        {
            var position = Volatile.Read(ref _positions.Read);
            return Volatile.Read(ref _slots[(int)position & _mask].Sequence) != position + 1;
        }
    }

    /// <summary>Looks at the oldest message without taking it. Single reader only: see <see cref="DropPeeked"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPeek(out T item)
    {
        Debug.Assert(!_multipleReaders, "Peeking needs a single reader.");
        var position = _positions.Read;
        ref var slot = ref _slots[(int)position & _mask];
        if (Volatile.Read(ref slot.Sequence) != position + 1)
        {
            item = default!;
            return false;
        }

        item = slot.Item;
        return true;
    }

    /// <summary>Takes the message <see cref="TryPeek"/> returned. Single reader only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DropPeeked()
    {
        var position = _positions.Read;
        Free(ref _slots[(int)position & _mask], position);
        Volatile.Write(ref _positions.Read, position + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Free(ref Slot slot, long position)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            slot.Item = default!;
        }

        // Release: the message is read (and cleared) before a writer may reuse the slot.
        Volatile.Write(ref slot.Sequence, position + _slots.Length);
    }

    /// <summary>The capacity check when it is below the array's length: against the cached read position first.</summary>
    private bool BelowCapacity(long position)
    {
        if (position - Volatile.Read(ref _positions.CachedRead) < Capacity)
        {
            return true;
        }

        var read = Volatile.Read(ref _positions.Read);
        Volatile.Write(ref _positions.CachedRead, read);
        return position - read < Capacity;
    }

    private bool TryWriteShared(T item)
    {
        var position = Volatile.Read(ref _positions.Write);
        while (true)
        {
            ref var slot = ref _slots[(int)position & _mask];
            var sequence = Volatile.Read(ref slot.Sequence);
            if (sequence == position)
            {
                if (_capacityBelowLength && !BelowCapacity(position))
                {
                    return false;
                }

                var seen = Interlocked.CompareExchange(ref _positions.Write, position + 1, position);
                if (seen == position)
                {
                    slot.Item = item;
                    Volatile.Write(ref slot.Sequence, position + 1);
                    return true;
                }

                position = seen;
            }
            else if (sequence < position)
            {
                // The slot still holds the message from the previous lap: full.
                return false;
            }
            else
            {
                // Another writer took this position.
                position = Volatile.Read(ref _positions.Write);
            }
        }
    }

    private bool TryReadShared(out T item)
    {
        var position = Volatile.Read(ref _positions.Read);
        while (true)
        {
            ref var slot = ref _slots[(int)position & _mask];
            var sequence = Volatile.Read(ref slot.Sequence);
            if (sequence == position + 1)
            {
                var seen = Interlocked.CompareExchange(ref _positions.Read, position + 1, position);
                if (seen == position)
                {
                    item = slot.Item;
                    Free(ref slot, position);
                    return true;
                }

                position = seen;
            }
            else if (sequence < position + 1)
            {
                item = default!;
                return false;
            }
            else
            {
                // Another reader took this position.
                position = Volatile.Read(ref _positions.Read);
            }
        }
    }

    private struct Slot
    {
        public long Sequence;
        public T Item;
    }
}
