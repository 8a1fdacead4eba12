using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// The messages waiting in an inbox, taken one at a time, oldest first, as <see cref="Inbox{T}.TryRecv"/> takes
/// them: the loop a generated handler component runs over each handled inbox (<c>foreach (var message in
/// inbox.Batch())</c>). Each message leaves the inbox before the loop's body sees it, so the body may receive from
/// the inbox itself, read its <see cref="Box.Count"/>, send into it or stop the loop early, and what it leaves stays
/// queued in order. What a receive checks for every message, this checks once per batch: whether the caller is a
/// threaded component's own thread (which receives through its queue), and the wake of the producers.
/// </summary>
/// <typeparam name="T">The inbox's message type.</typeparam>
/// <remarks>Valid for one loop in one step: it must not be kept past the step that made it.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct InboxBatch<T>
{
    private readonly Inbox<T> _inbox;

    // One reference for both per-batch facts, so that the loop carries one register: the producers this batch has
    // woken (the inbox's own representation of them, null for none), or, taken on a threaded component's own thread,
    // its queue, which never equals the producers and so sends every receive down the thread's path.
    private object? _woken;
    private T _current;

    internal InboxBatch(Inbox<T> inbox, object? woken)
    {
        _inbox = inbox;
        _woken = woken;
        _current = default!;
    }

    /// <summary>The message taken by the last <see cref="MoveNext"/> that returned true.</summary>
    public readonly T Current => _current;

    /// <summary>Returns this batch, so that it can be used in <c>foreach</c>.</summary>
    public readonly InboxBatch<T> GetEnumerator() => this;

    /// <summary>Takes the oldest waiting message into <see cref="Current"/>; false when none waits.</summary>
    /// <remarks>
    /// The producers are woken on a collection, as on every one, unless this batch already woke the same producers
    /// (<see cref="Inbox{T}.Batch"/> wakes them for its first collection). A wake during a pass sets the producer's
    /// wake flag, which nothing clears before the end of the pass (a batch runs inside one step), so the wakes
    /// skipped are exactly those that would have found the flag set and done nothing; outside a pass a wake is a
    /// request, which the scheduler takes once however often it is made. A producer stopped in the meantime has no
    /// wake to miss, and a change of producers (a handler linking or unlinking a source of this inbox) changes the
    /// inbox's producers, so the next collection wakes the new ones.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Through locals, never a field's address passed to a call that is not inlined: that would keep the batch
        // in memory instead of registers.
        var inbox = _inbox;
        if (ReferenceEquals(inbox.Producers, _woken))
        {
            if (!inbox.TryDequeue(out var message))
            {
                return false;
            }

            _current = message;
            return true;
        }

        // On a threaded component's own thread, or after the producers changed during the batch: out of line.
        bool taken;
        if (_woken is ThreadBridge<T> bridge)
        {
            (taken, _current) = TakeFromThreadQueue(bridge);
        }
        else
        {
            (taken, _current) = TakeAndWake(inbox);
            if (taken)
            {
                _woken = inbox.Producers;
            }
        }

        return taken;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (bool Taken, T Message) TakeFromThreadQueue(ThreadBridge<T> bridge) =>
        bridge.TryTake(out var message) ? (true, message) : (false, default!);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (bool Taken, T Message) TakeAndWake(Inbox<T> inbox) =>
        inbox.TryRecvOnSchedulerThread(out var message) ? (true, message) : (false, default!);
}
