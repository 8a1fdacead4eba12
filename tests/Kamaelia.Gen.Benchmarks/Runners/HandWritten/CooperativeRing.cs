namespace Kamaelia.Gen.Benchmarks.Runners.HandWritten;

/// <summary>
/// The hand-written baseline's box: a growable ring buffer of ints, delivered into synchronously, that wakes its
/// consumer on every arrival and its producers on every collection, as Axon's inboxes do.
/// </summary>
internal sealed class CooperativeRing(CooperativeScheduler scheduler, CooperativeTask consumer)
{
    private int[] _items = new int[16];
    private int _head;
    private int _tail;
    private CooperativeTask[] _producers = [];

    public int Count => _tail - _head;

    /// <summary>Registers a task that sends into this ring, to be woken when its messages are collected.</summary>
    public void AddProducer(CooperativeTask producer) => _producers = [.. _producers, producer];

    public void Send(int item)
    {
        if (_tail - _head == _items.Length)
        {
            Grow();
        }

        _items[_tail & (_items.Length - 1)] = item;
        _tail++;
        scheduler.Wake(consumer);
    }

    public bool TryRecv(out int item)
    {
        if (_head == _tail)
        {
            item = 0;
            return false;
        }

        item = _items[_head & (_items.Length - 1)];
        _head++;
        foreach (var producer in _producers)
        {
            scheduler.Wake(producer);
        }

        return true;
    }

    private void Grow()
    {
        var grown = new int[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            grown[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        (_items, _tail, _head) = (grown, Count, 0);
    }
}
