using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Axon;

/// <summary>
/// The storage of one inbox: a FIFO ring buffer that grows by doubling and never shrinks, so that a steady
/// stream of messages moves without allocation. A mutable struct held in a (non-readonly) field of its inbox,
/// so that a send or a receive reaches the buffer without following one more reference; never copy it.
/// </summary>
/// <remarks>
/// Head and tail are free-running counters (the count is their difference, masked into the buffer on use), so
/// an enqueue writes only the tail and a dequeue only the head: one store per operation instead of two.
/// </remarks>
internal struct MessageQueue<T>
{
    private T[] _items;
    private int _head;
    private int _tail;

    public MessageQueue() => _items = [];

    public readonly int Count => _tail - _head;

    /// <summary>
    /// How many items were ever enqueued, wrapping at 2^32: the free-running tail itself, which growing keeps, so that
    /// counting arrivals costs nothing.
    /// </summary>
    public readonly uint Enqueued => unchecked((uint)_tail);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enqueue(T item)
    {
        var items = _items;
        var tail = _tail;
        if (tail - _head == items.Length)
        {
            // Out of line, and back to the caller only when done: nothing the caller holds lives across the copy.
            GrowAndEnqueue(item);
            return;
        }

        // The buffer's length is a power of two, at least 4 once it has room, so the masked index is inside it:
        // no bounds check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (nuint)(uint)(tail & (items.Length - 1))) = item;
        _tail = tail + 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowAndEnqueue(T item)
    {
        Grow();
        _items[_tail & (_items.Length - 1)] = item;
        _tail++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(out T item)
    {
        var head = _head;
        if (head == _tail)
        {
            item = default!;
            return false;
        }

        // Not empty, so the buffer has a power-of-two length and the masked index is inside it: no bounds check.
        var items = _items;
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), (nuint)(uint)(head & (items.Length - 1)));
        item = slot;
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            slot = default!;
        }

        _head = head + 1;
        return true;
    }

    public readonly T Peek() => _items[_head & (_items.Length - 1)];

    /// <summary>The item <paramref name="offset"/> places behind the oldest, without taking it.</summary>
    public readonly T PeekAt(int offset) => _items[(_head + offset) & (_items.Length - 1)];

    public readonly T[] ToArray()
    {
        var result = new T[Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        return result;
    }

    private void Grow()
    {
        var count = Count;
        var capacity = _items.Length == 0 ? 4 : _items.Length * 2;
        var grown = new T[capacity];
        // Items keep their free-running indices (masked into the larger buffer), so the tail still counts every
        // item ever enqueued.
        for (var i = 0; i < count; i++)
        {
            var index = _head + i;
            grown[index & (capacity - 1)] = _items[index & (_items.Length - 1)];
        }

        _items = grown;
    }
}
