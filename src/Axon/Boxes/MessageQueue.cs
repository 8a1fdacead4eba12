using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// The storage of one inbox: a FIFO ring buffer that grows by doubling and never shrinks, so that a steady
/// stream of messages moves without allocation. A mutable struct held in a (non-readonly) field of its inbox,
/// so that a send or a receive reaches the buffer without following one more reference; never copy it.
/// </summary>
internal struct MessageQueue<T>
{
    private T[] _items;
    private int _head;
    private int _count;

    public MessageQueue() => _items = [];

    public readonly int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enqueue(T item)
    {
        var items = _items;
        if (_count == items.Length)
        {
            Grow();
            items = _items;
        }

        items[(_head + _count) & (items.Length - 1)] = item;
        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(out T item)
    {
        if (_count == 0)
        {
            item = default!;
            return false;
        }

        var items = _items;
        item = items[_head];
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items[_head] = default!;
        }

        _head = (_head + 1) & (items.Length - 1);
        _count--;
        return true;
    }

    public readonly T Peek() => _items[_head];

    public readonly T[] ToArray()
    {
        var result = new T[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        return result;
    }

    private void Grow()
    {
        var capacity = _items.Length == 0 ? 4 : _items.Length * 2;
        var grown = new T[capacity];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = grown;
        _head = 0;
    }
}
