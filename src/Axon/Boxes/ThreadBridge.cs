using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// The bounded queue between one box of a <see cref="ThreadedComponent"/> and the component's own thread: a
/// single-writer, single-reader <see cref="BoundedRing{T}"/>. For an inbox the scheduler side adds and the thread
/// takes; for an outbox the thread puts and the scheduler side passes messages on while the destination has room.
/// The thread's side wakes the scheduler side only when it has paused for want of what the thread brings
/// (<see cref="ThreadedComponent"/> keeps the wake-ups); the scheduler side wakes the thread once per step.
/// </summary>
/// <remarks>
/// The ring is made by the first message written (the one writer publishes it): a box that never carries a message,
/// such as a "control" nobody links to, costs no slots; a reader that finds none finds the queue empty.
/// </remarks>
internal sealed class ThreadBridge<T>(ThreadedComponent owner, int capacity)
{
    private BoundedRing<T>? _ring;

    public int Count => Ring?.Count ?? 0;

    private BoundedRing<T>? Ring => Volatile.Read(ref _ring);

    private BoundedRing<T> RingToWrite => _ring ?? CreateRing();

    public bool IsWorkerThread => owner.IsOnWorkerThread;

    /// <summary>Scheduler side of an inbox: hands a message to the thread; false (keeping nothing) when the queue is full.</summary>
    public bool TryAdd(T item) => RingToWrite.TryWrite(item);

    /// <summary>Thread side of an inbox: takes a message, blocking until one arrives.</summary>
    public T Take()
    {
        while (true)
        {
            if (TryTake(out var item))
            {
                return item;
            }

            owner.WaitForWorkerSignal(Timeout.InfiniteTimeSpan, throwWhenStopped: true);
        }
    }

    /// <summary>Thread side of an inbox: takes a message if one is there.</summary>
    public bool TryTake(out T item)
    {
        if (!TryRead(out item))
        {
            return false;
        }

        owner.NoticeThreadTook();
        return true;
    }

    /// <summary>Thread side of an outbox: queues a message without blocking.</summary>
    public void Put(T item, Box box)
    {
        if (!TryPut(item))
        {
            throw new NoSpaceInBoxException(Count, capacity, box);
        }
    }

    /// <summary>Thread side of an outbox: queues a message if there is room; false (and nothing kept) if full.</summary>
    public bool TryPut(T item)
    {
        if (!RingToWrite.TryWrite(item))
        {
            return false;
        }

        owner.NoticeThreadPut();
        return true;
    }

    /// <summary>Scheduler side of an outbox: takes the oldest message the thread sent, if there is one.</summary>
    public bool TryTakeSent(out T item) => TryRead(out item);

    /// <summary>Scheduler side of an outbox: looks at the oldest message without taking it.</summary>
    public bool TryPeek(out T item) => Ring is { } ring ? ring.TryPeek(out item) : Nothing(out item);

    /// <summary>Scheduler side of an outbox: drops the message <see cref="TryPeek"/> returned.</summary>
    public void RemovePeeked() => _ring!.DropPeeked();

    private bool TryRead(out T item) => Ring is { } ring ? ring.TryRead(out item) : Nothing(out item);

    private static bool Nothing(out T item)
    {
        item = default!;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private BoundedRing<T> CreateRing()
    {
        var ring = new BoundedRing<T>(capacity);

        // Release: the ring is complete before a reader can see it.
        Volatile.Write(ref _ring, ring);
        return ring;
    }
}
