namespace Axon;

/// <summary>
/// The bounded, thread-safe queue between one box of a <see cref="ThreadedComponent"/> and the component's
/// own thread. For an inbox the scheduler side adds and the thread takes; for an outbox the thread puts and the
/// scheduler side passes messages on while the destination has room.
/// </summary>
internal sealed class ThreadBridge<T>(ThreadedComponent owner, int capacity)
{
    private readonly Queue<T> _queue = new();

    public int Count
    {
        get
        {
            lock (_queue)
            {
                return _queue.Count;
            }
        }
    }

    public bool IsWorkerThread => owner.IsOnWorkerThread;

    public bool HasRoom => Count < capacity;

    /// <summary>Scheduler side of an inbox: hands a message to the thread.</summary>
    public void Add(T item)
    {
        lock (_queue)
        {
            _queue.Enqueue(item);
        }

        owner.SignalWorker();
    }

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
        lock (_queue)
        {
            if (!_queue.TryDequeue(out item!))
            {
                return false;
            }
        }

        owner.WakeSchedulerSide();
        return true;
    }

    /// <summary>Thread side of an outbox: queues a message without blocking.</summary>
    public void Put(T item, Box box)
    {
        lock (_queue)
        {
            if (_queue.Count >= capacity)
            {
                throw new NoSpaceInBoxException(_queue.Count, capacity, box);
            }

            _queue.Enqueue(item);
        }

        owner.WakeSchedulerSide();
    }

    /// <summary>Thread side of an outbox: queues a message if there is room; false (and nothing kept) if full.</summary>
    public bool TryPut(T item)
    {
        lock (_queue)
        {
            if (_queue.Count >= capacity)
            {
                return false;
            }

            _queue.Enqueue(item);
        }

        owner.WakeSchedulerSide();
        return true;
    }

    /// <summary>Scheduler side of an outbox: looks at the oldest message without taking it.</summary>
    public bool TryPeek(out T item)
    {
        lock (_queue)
        {
            return _queue.TryPeek(out item!);
        }
    }

    /// <summary>Scheduler side of an outbox: drops the message just delivered and tells the thread there is room.</summary>
    public void RemovePeeked()
    {
        lock (_queue)
        {
            _queue.Dequeue();
        }

        owner.SignalWorker();
    }
}
