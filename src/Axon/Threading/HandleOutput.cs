using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Axon;

/// <summary>
/// What a <see cref="Handle{TIn, TOut}"/> hands from one of its inboxes ("outbox" or "signal" of the wrapped
/// component) to the threads that get from it: a bounded ring that the scheduler's thread writes and any thread
/// reads, with batched wake-ups both ways. Messages the ring has no room for wait in the inbox (unbounded, as
/// before); what is left there when the handle ends follows the ring's messages, so nothing is lost.
/// </summary>
internal sealed class HandleOutput<T>
{
    private readonly BoundedRing<T> _ring;
    private readonly Inbox<T> _inbox;
    private readonly Component _wrapped;
    private readonly string _boxName;

    // Getters waiting for a message: raised once per step that moved messages in, and at the end.
    private readonly ProgressSignal _arrivals = new();

    // The handle, asleep while messages wait in the inbox for room in the ring: woken by a getter that made room.
    private readonly CrossThreadWake _room;
    // True once the handle has ended: shared by its outputs, so that a getter told that one has ended finds the
    // other ended too.
    private readonly Func<bool> _handleEnded;
    private ConcurrentQueue<T>? _leftOver;

    public HandleOutput(Inbox<T> inbox, Component wrapped, string boxName, int capacity, Func<bool> handleEnded)
    {
        _ring = new BoundedRing<T>(capacity, multipleReaders: true);
        _inbox = inbox;
        _wrapped = wrapped;
        _boxName = boxName;
        _room = new CrossThreadWake(inbox.Owner);
        _handleEnded = handleEnded;
    }

    /// <summary>True once the handle has ended and every message has been taken.</summary>
    public bool IsCompleted => _handleEnded() && _ring.IsEmpty && _leftOver!.IsEmpty;

    private bool Ended => _handleEnded();

    /// <summary>Scheduler side: moves messages from the inbox into the ring while it has room; true if any moved.</summary>
    public bool MoveFromInbox()
    {
        var moved = false;
        while (_inbox.Count > 0 && _ring.HasRoom)
        {
            _inbox.TryRecv(out var message);
            _ring.TryWrite(message);
            moved = true;
        }

        if (moved)
        {
            _arrivals.Raise();
        }

        return moved;
    }

    /// <summary>Scheduler side, before the handle pauses: asks to be woken when a getter makes room, if messages wait for it.</summary>
    public void ArmIfWaitingForRoom()
    {
        if (_inbox.Count > 0)
        {
            _room.Arm();
        }
    }

    /// <summary>Scheduler side: the handle stays awake after all.</summary>
    public void Disarm() => _room.Disarm();

    /// <summary>
    /// Scheduler side, as the handle ends: what waits in the inbox is kept to follow the ring's messages. The
    /// handle then marks itself ended and calls <see cref="WakeGetters"/>.
    /// </summary>
    public void KeepLeftOver()
    {
        if (_leftOver is not null)
        {
            return;
        }

        var rest = new ConcurrentQueue<T>();
        while (_inbox.TryRecv(out var message))
        {
            rest.Enqueue(message);
        }

        _leftOver = rest;
    }

    /// <summary>Scheduler side, once the handle has ended: getters waiting are told.</summary>
    public void WakeGetters() => _arrivals.Raise();

    /// <summary>Any thread: takes the oldest message if there is one.</summary>
    public bool TryTake([MaybeNullWhen(false)] out T message)
    {
        if (_ring.TryRead(out message))
        {
            _room.WakeIfArmed();
            return true;
        }

        // After the end nothing enters the ring any more: its last messages first, then what was left over.
        return Ended && (_ring.TryRead(out message) || _leftOver!.TryDequeue(out message));
    }

    /// <summary>Any thread: takes the oldest message, blocking for one at most <paramref name="timeout"/> (timed by <paramref name="time"/>).</summary>
    public T Take(TimeSpan? timeout, TimeProvider time)
    {
        if (TryTake(out var message))
        {
            return message;
        }

        using var deadline = new CancellationTokenSource(timeout ?? Timeout.InfiniteTimeSpan, time);
        using var wakeAtDeadline = deadline.Token.UnsafeRegister(static signal => ((ProgressSignal)signal!).Raise(), _arrivals);
        while (true)
        {
            var ticket = _arrivals.Enter();
            try
            {
                if (TryTakeOrThrowIfEnded(out message))
                {
                    return message;
                }

                if (deadline.IsCancellationRequested)
                {
                    throw new TimeoutException($"Nothing came out of \"{_boxName}\" of {_wrapped.Name} within {timeout}.");
                }

                _arrivals.Wait(ticket);
            }
            finally
            {
                _arrivals.Leave();
            }
        }
    }

    /// <summary>Any thread: takes the oldest message, waiting asynchronously for one.</summary>
    public async ValueTask<T> TakeAsync(CancellationToken cancellationToken)
    {
        if (TryTake(out var message))
        {
            return message;
        }

        while (true)
        {
            var ticket = _arrivals.Enter();
            try
            {
                if (TryTakeOrThrowIfEnded(out message))
                {
                    return message;
                }

                await _arrivals.WaitAsync(ticket).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _arrivals.Leave();
            }
        }
    }

    private bool TryTakeOrThrowIfEnded([MaybeNullWhen(false)] out T message)
    {
        if (TryTake(out message))
        {
            return true;
        }

        return Ended ? throw new InvalidOperationException($"{_wrapped.Name} has ended and sent nothing more on \"{_boxName}\".") : false;
    }
}
