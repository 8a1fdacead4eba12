using System.Diagnostics.CodeAnalysis;

namespace Axon;

/// <summary>
/// Lets ordinary code use a component, typed: <see cref="Put"/> sends a <typeparamref name="TIn"/> to its "inbox"
/// and <see cref="PutControl"/> a message to its "control"; <see cref="Get"/>, <see cref="TryGet"/> and
/// <see cref="GetAsync"/> take the <typeparamref name="TOut"/> it sent on "outbox", the <c>…Signal</c> members what
/// it sent on "signal". Thread-safe; activate the handle on a running scheduler (see <see cref="Background"/>),
/// which activates the component. Value types move without being boxed and without allocation per message.
/// </summary>
/// <remarks>
/// Puts go through a lock-free bounded queue (<c>queueLength</c> puts), in order, and reach the component as it
/// makes room in its inbox: nothing is dropped. When the queue is full, <see cref="Put"/> waits for the component
/// to take a batch (backpressure). Output waits for getters the same way, in a bounded queue backed by the handle's
/// own unbounded inboxes, so a component is never held back by a slow getter.
/// </remarks>
/// <typeparam name="TIn">What the component's "inbox" takes.</typeparam>
/// <typeparam name="TOut">What the component sends on its "outbox".</typeparam>
public class Handle<TIn, TOut> : Component
{
    private const int SignalQueueLength = 16;

    private static readonly ComponentDescriptor s_descriptor = DescribeHandle($"Handle<{TypeNames.Of(typeof(TIn))}, {TypeNames.Of(typeof(TOut))}>");

    private readonly BoundedRing<QueuedPut> _puts;

    // The handle asleep for want of puts, woken by the next one.
    private readonly CrossThreadWake _putsArrive;

    // Threads waiting in Put for room in the queue, woken once per step that delivered puts.
    private readonly ProgressSignal _putRoom = new();
    private readonly Outbox<TIn> _toInbox;
    private readonly Outbox<object?> _toControl;
    private volatile bool _closed;

    // Set once both outputs have kept what was left in the inboxes: getters then take the rest and are told the end.
    private volatile bool _ended;
    private bool _wired;

    /// <summary>Wraps a component; it must have the four standard boxes (inbox, control, outbox, signal).</summary>
    /// <param name="component">The component to use.</param>
    /// <param name="queueLength">How many puts wait for the component before <see cref="Put"/> waits, and how many outputs wait for a getter before the rest wait in the handle's inbox.</param>
    public Handle(Component component, int queueLength = 1000)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentOutOfRangeException.ThrowIfLessThan(queueLength, 1);
        Wrapped = component;
        foreach (var name in new[] { "inbox", "control" })
        {
            component.GetInbox(name);
        }

        foreach (var name in new[] { "outbox", "signal" })
        {
            component.GetOutbox(name);
        }

        _puts = new BoundedRing<QueuedPut>(queueLength, multipleWriters: true);
        _putsArrive = new CrossThreadWake(this);
        _toInbox = GetOutbox<TIn>("_toInbox");
        _toControl = GetOutbox<object?>("_toControl");
        OutboxOutput = new HandleOutput<TOut>(GetInbox<TOut>("_fromOutbox"), component, "outbox", queueLength, HasEnded);
        SignalOutput = new HandleOutput<object?>(GetInbox<object?>("_fromSignal"), component, "signal", Math.Min(queueLength, SignalQueueLength), HasEnded);
    }

    /// <summary>The wrapped component.</summary>
    public Component Wrapped { get; }

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>True once the wrapped component has ended and everything it sent has been taken.</summary>
    public bool IsCompleted => OutboxOutput.IsCompleted && SignalOutput.IsCompleted;

    /// <summary>How many puts were still queued when the handle ended, so could not be delivered.</summary>
    public int UndeliveredPuts => _closed ? _puts.Count : 0;

    private protected HandleOutput<TOut> OutboxOutput { get; }

    private protected HandleOutput<object?> SignalOutput { get; }

    /// <summary>
    /// Queues a message for the wrapped component's "inbox". Safe from any thread. Waits while the queue holds
    /// <c>queueLength</c> puts; where waiting could never end (before the handle is activated, or on its
    /// scheduler's own thread) it throws <see cref="InvalidOperationException"/> instead. Throws
    /// <see cref="InvalidOperationException"/> once the handle has finished.
    /// </summary>
    public void Put(TIn message) => Enqueue(new QueuedPut(message, null, ToControl: false));

    /// <summary>Queues a message for the wrapped component's "control", behind the puts before it. As <see cref="Put"/>.</summary>
    public void PutControl(object? message) => Enqueue(new QueuedPut(default!, message, ToControl: true));

    /// <summary>Takes the oldest message the component sent on "outbox" if there is one. Safe from any thread.</summary>
    public bool TryGet([MaybeNullWhen(false)] out TOut message) => OutboxOutput.TryTake(out message);

    /// <summary>
    /// Takes the oldest message the component sent on "outbox", waiting for one (at most <paramref name="timeout"/>).
    /// Throws <see cref="TimeoutException"/> when none comes in time (timed with the scheduler's
    /// <see cref="Scheduler.TimeProvider"/>), and <see cref="InvalidOperationException"/> when the component has
    /// ended and nothing is left.
    /// </summary>
    public TOut Get(TimeSpan? timeout = null) => OutboxOutput.Take(timeout, TimeProvider);

    /// <summary>Takes the oldest message the component sent on "outbox", waiting asynchronously for one.</summary>
    public ValueTask<TOut> GetAsync(CancellationToken cancellationToken = default) => OutboxOutput.TakeAsync(cancellationToken);

    /// <summary>Takes the oldest message the component sent on "signal" if there is one.</summary>
    public bool TryGetSignal(out object? message) => SignalOutput.TryTake(out message);

    /// <summary>Takes the oldest message the component sent on "signal", waiting for one; as <see cref="Get"/>.</summary>
    public object? GetSignal(TimeSpan? timeout = null) => SignalOutput.Take(timeout, TimeProvider);

    /// <summary>Takes the oldest message the component sent on "signal", waiting asynchronously for one.</summary>
    public ValueTask<object?> GetSignalAsync(CancellationToken cancellationToken = default) => SignalOutput.TakeAsync(cancellationToken);

    private protected TimeProvider TimeProvider => Scheduler?.TimeProvider ?? TimeProvider.System;

    /// <summary>The descriptor of a handle's private boxes, under the name shown in graphs.</summary>
    private protected static ComponentDescriptor DescribeHandle(string name) => new(
        name,
        [
            BoxDescriptor.Inbox<TOut>("_fromOutbox", "What the wrapped component sends on outbox"),
            BoxDescriptor.Inbox<object?>("_fromSignal", "What the wrapped component sends on signal"),
            BoxDescriptor.Outbox<TIn>("_toInbox", "Puts for the wrapped component's inbox"),
            BoxDescriptor.Outbox<object?>("_toControl", "Puts for the wrapped component's control"),
        ]);

    /// <summary>
    /// Delivers the queued puts while the wrapped component has room, and hands its output to the getters. It
    /// stays awake while things move and sleeps when a step moves nothing, woken by the next put, by a getter
    /// making room for output that waits, or by the component (a message out, room made in its inbox).
    /// </summary>
    protected sealed override bool Step()
    {
        if (!_wired)
        {
            _wired = true;
            AddChildren(Wrapped);
            Link((this, "_toInbox"), (Wrapped, "inbox"));
            Link((this, "_toControl"), (Wrapped, "control"));
            Link((Wrapped, "outbox"), (this, "_fromOutbox"));
            Link((Wrapped, "signal"), (this, "_fromSignal"));
            Wrapped.Activate(Scheduler);
        }

        var moved = MoveAll();
        if (ChildrenDone())
        {
            return false;
        }

        if (!moved)
        {
            // Arm the wake-ups, then look once more for puts and room that came before the marks could be seen.
            _putsArrive.Arm();
            OutboxOutput.ArmIfWaitingForRoom();
            SignalOutput.ArmIfWaitingForRoom();
            if (!MoveAll())
            {
                Pause();
                return true;
            }

            _putsArrive.Disarm();
            OutboxOutput.Disarm();
            SignalOutput.Disarm();
        }

        return true;
    }

    /// <inheritdoc />
    protected sealed override void OnClosedDown() => Close();

    internal sealed override void MarkStopped()
    {
        base.MarkStopped();
        Close();
    }

    private bool HasEnded() => _ended;

    private bool MoveAll() => DeliverPuts() | OutboxOutput.MoveFromInbox() | SignalOutput.MoveFromInbox();

    private bool DeliverPuts()
    {
        var delivered = false;
        while (_puts.TryPeek(out var put))
        {
            if (put.ToControl)
            {
                if (_toControl.IsFull)
                {
                    break;
                }

                _toControl.Send(put.Control);
            }
            else
            {
                if (_toInbox.IsFull)
                {
                    break;
                }

                _toInbox.Send(put.Data);
            }

            _puts.DropPeeked();
            delivered = true;
        }

        if (delivered)
        {
            _putRoom.Raise();
        }

        return delivered;
    }

    private void Enqueue(in QueuedPut put)
    {
        ThrowIfClosed();
        if (!_puts.TryWrite(put))
        {
            WaitForRoomThenWrite(put);
        }

        _putsArrive.WakeIfArmed();
    }

    private void WaitForRoomThenWrite(in QueuedPut put)
    {
        if (Scheduler is null || ReferenceEquals(Scheduler.Current, Scheduler))
        {
            throw new InvalidOperationException(
                $"The handle of {Wrapped.Name} holds {_puts.Capacity} puts not yet delivered, and cannot wait for room {(Scheduler is null ? "before it is activated" : "on its scheduler's own thread")}.");
        }

        while (true)
        {
            var ticket = _putRoom.Enter();
            try
            {
                ThrowIfClosed();
                if (_puts.TryWrite(put))
                {
                    return;
                }

                _putRoom.Wait(ticket);
            }
            finally
            {
                _putRoom.Leave();
            }
        }
    }

    private void ThrowIfClosed()
    {
        if (_closed || IsStopped)
        {
            throw new InvalidOperationException($"The handle of {Wrapped.Name} has finished; the message cannot be delivered.");
        }
    }

    private void Close()
    {
        // A put that got past its check before this is counted in UndeliveredPuts (the queue's count from now on).
        _closed = true;
        _putRoom.Raise();
        if (_ended)
        {
            return;
        }

        OutboxOutput.KeepLeftOver();
        SignalOutput.KeepLeftOver();
        _ended = true;
        OutboxOutput.WakeGetters();
        SignalOutput.WakeGetters();
    }

    /// <summary>One put: data for "inbox" or a message for "control", in one queue so that their order holds.</summary>
    private readonly record struct QueuedPut(TIn Data, object? Control, bool ToControl);
}
