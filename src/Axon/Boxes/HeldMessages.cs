namespace Axon;

/// <summary>
/// The messages an outbox holds because its final inbox was full when they were sent: a FIFO made on the first
/// hold and kept for the next, so an outbox that never meets a full inbox carries one null reference and one that
/// does allocates only while its buffer grows.
/// </summary>
internal sealed class HeldMessages<T>
{
    private MessageQueue<T> _queue = new();

    public int Count => _queue.Count;

    public void Enqueue(T message) => _queue.Enqueue(message);

    public T Peek() => _queue.Peek();

    public void Dequeue() => _queue.TryDequeue(out _);

    public T[] ToArray() => _queue.ToArray();
}
