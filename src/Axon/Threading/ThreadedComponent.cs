using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Axon;

/// <summary>
/// A component whose body, <see cref="ThreadMain"/>, is ordinary blocking code on its own thread. Bounded
/// queues join the thread to the boxes: on the thread, <c>Recv</c> blocks, <c>Send</c> queues (and throws
/// <see cref="NoSpaceInBoxException"/> when the queue is full), <see cref="Pause()"/> blocks until something
/// happens. The component ends only after everything the thread sent has been delivered; an exception on the
/// thread surfaces in the scheduler like any component's.
/// </summary>
public abstract class ThreadedComponent : Component
{
    private readonly int _queueLength;
    // No spinning before the thread blocks: the default spin yields the processor, and on a busy machine a thread
    // that yielded sees the signal a time slice late, where a blocked one is woken at once (twice the threaded
    // feed's throughput measured under load).
    private readonly ManualResetEventSlim _workerSignal = new(false, spinCount: 0);
    private readonly CancellationTokenSource _stopped = new();
    private readonly ConcurrentQueue<MarshalledCall> _calls = new();
    private readonly bool _constructed;
    private Thread? _thread;
    private int _workerThreadId = -1;
    private volatile bool _threadFinished;
    private ExceptionDispatchInfo? _threadException;

    // The scheduler side sleeps for want of what the thread brings: messages put, calls, the thread's end...
    private readonly CrossThreadWake _threadWork;

    // ...and, while an inbox holds messages that its full thread queue could not take, room made by the thread.
    private readonly CrossThreadWake _inboundRoom;

    /// <summary>Creates the component.</summary>
    /// <param name="queueLength">How many messages each queue between a box and the thread holds.</param>
    protected ThreadedComponent(int queueLength = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(queueLength, 1);
        _queueLength = queueLength;
        _threadWork = new CrossThreadWake(this);
        _inboundRoom = new CrossThreadWake(this);
        for (var i = 0; i < BoxCount; i++)
        {
            BoxAt(i).AttachThreadBridge(this, _queueLength);
        }

        _constructed = true;
    }

    /// <summary>True when called on the component's own thread.</summary>
    public bool IsOnWorkerThread => Environment.CurrentManagedThreadId == _workerThreadId;

    /// <summary>The component's body, run on its own thread. Returning ends the component.</summary>
    protected abstract void ThreadMain();

    /// <summary>
    /// On the component's thread: blocks until a message is handed to the thread, room is made in an outgoing
    /// queue, or the component is stopped. Elsewhere: the ordinary pause.
    /// </summary>
    public override void Pause()
    {
        if (IsOnWorkerThread)
        {
            WaitForWorkerSignal(Timeout.InfiniteTimeSpan, throwWhenStopped: true);
        }
        else
        {
            base.Pause();
        }
    }

    /// <summary>On the component's thread: like <see cref="Pause()"/>, but returns after <paramref name="timeout"/> at most.</summary>
    public void Pause(TimeSpan timeout)
    {
        if (!IsOnWorkerThread)
        {
            throw new InvalidOperationException($"Pause with a timeout is for the thread of {Name}.");
        }

        WaitForWorkerSignal(timeout, throwWhenStopped: true);
    }

    /// <summary>
    /// On the component's thread: waits until the scheduler has run one step of this component, so the thread
    /// cannot run ahead of the system.
    /// </summary>
    public void Sync() => OnSchedulerThread(() => true);

    /// <inheritdoc />
    public override void Stop()
    {
        _stopped.Cancel();
        _workerSignal.Set();
        base.Stop();
    }

    internal override void MarkStopped()
    {
        _stopped.Cancel();
        _workerSignal.Set();
        base.MarkStopped();
    }

    /// <summary>
    /// The scheduler side: moves messages between boxes and the thread, runs what the thread asked for, and ends
    /// when both are done. It stays awake while messages move and sleeps when a step moves nothing, woken by the
    /// thread only then (<see cref="CrossThreadWake"/>); it wakes the thread once per step that moved messages.
    /// </summary>
    protected sealed override bool Step()
    {
        _thread ??= StartThread();

        // Read before the queues are emptied: once the thread is seen to have ended, everything it sent is
        // already in the queues, so the pumps below see it. Read after, a message sent just before the end could
        // be missed and lost.
        var threadFinished = _threadFinished;
        var callsNow = _calls.IsEmpty ? 0 : _calls.Count;
        var pumped = PumpBridges();
        for (var i = 0; i < callsNow && _calls.TryDequeue(out var call); i++)
        {
            call.Run();
        }

        _threadException?.Throw();
        if (threadFinished && !pumped.OutgoingLeft && _calls.IsEmpty)
        {
            return false;
        }

        if (!pumped.Moved && callsNow == 0)
        {
            // Nothing moved: arm the thread's wake-ups, then look once more for what the thread did before it
            // could see them.
            _threadWork.Arm();
            if (pumped.InboxWaitsForRoom)
            {
                _inboundRoom.Arm();
            }

            if (_threadFinished == threadFinished && _calls.IsEmpty && !(pumped = PumpBridges()).Moved)
            {
                Pause();
                return true;
            }

            _threadWork.Disarm();
            _inboundRoom.Disarm();
        }

        if (pumped.Moved)
        {
            _workerSignal.Set();
        }

        return true;
    }

    /// <summary>One round of the pumps between the boxes and the thread's queues, in the order that keeps signals behind data.</summary>
    private PumpResult PumpBridges()
    {
        var moved = false;
        var dataWaiting = false;
        for (var i = 0; i < BoxCount; i++)
        {
            var inbox = BoxAt(i);
            if (inbox.Direction == BoxDirection.Inbox && inbox.Name != "control")
            {
                moved |= inbox.PumpThreadBridge();
                dataWaiting |= inbox.Count > 0;
            }
        }

        // Control last: a shutdown request reaches the thread after the data sent before it, so it waits while a
        // full thread queue holds data back (except ShutdownMicroprocess, "stop now", which goes at once).
        var control = FindBox("control", BoxDirection.Inbox);
        if (control is not null && (!dataWaiting || LeadsWithShutdownMicroprocess(control)))
        {
            moved |= control.PumpThreadBridge();
        }

        // "signal" last, and only once the data sent before it is out: a ProducerFinished must not overtake it.
        var outgoingLeft = false;
        Box? signal = null;
        for (var i = 0; i < BoxCount; i++)
        {
            var outbox = BoxAt(i);
            if (outbox.Direction != BoxDirection.Outbox)
            {
                continue;
            }

            if (outbox.Name == "signal")
            {
                signal = outbox;
                continue;
            }

            moved |= outbox.PumpThreadBridge();
            outgoingLeft |= outbox.BridgeHasMessages;
        }

        if (signal is not null)
        {
            if (!outgoingLeft)
            {
                moved |= signal.PumpThreadBridge();
            }

            outgoingLeft |= signal.BridgeHasMessages;
        }

        return new PumpResult(moved, outgoingLeft, dataWaiting || control is { Count: > 0 });
    }

    private static bool LeadsWithShutdownMicroprocess(Box control) =>
        control is Inbox<object> typed && typed.Count > 0 && typed.Peek()[0] is ShutdownMicroprocess;

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        _stopped.Cancel();
        _workerSignal.Set();
        foreach (var call in _calls)
        {
            call.Abandon(this);
        }
    }

    private protected override void OnBoxAdded(Box box)
    {
        if (_constructed)
        {
            box.AttachThreadBridge(this, _queueLength);
        }
    }

    private protected override TResult OnSchedulerThread<TResult>(Func<TResult> operation)
    {
        if (!IsOnWorkerThread)
        {
            return operation();
        }

        var call = new MarshalledCall(() => operation());
        _calls.Enqueue(call);
        _threadWork.WakeIfArmed();
        return (TResult)call.Wait(this, _stopped.Token)!;
    }

    internal void WaitForWorkerSignal(TimeSpan timeout, bool throwWhenStopped)
    {
        if (_stopped.IsCancellationRequested)
        {
            if (throwWhenStopped)
            {
                throw new ComponentStoppedException(this);
            }

            return;
        }

        try
        {
            _workerSignal.Wait(timeout, _stopped.Token);
        }
        catch (OperationCanceledException) when (throwWhenStopped)
        {
            throw new ComponentStoppedException(this);
        }

        _workerSignal.Reset();
    }

    /// <summary>The thread put a message in an outgoing queue: wakes the scheduler side if it sleeps for want of work.</summary>
    internal void NoticeThreadPut() => _threadWork.WakeIfArmed();

    /// <summary>The thread took a message from an incoming queue: wakes the scheduler side if it waits for that room.</summary>
    internal void NoticeThreadTook() => _inboundRoom.WakeIfArmed();

    private Thread StartThread()
    {
        var thread = new Thread(RunThread)
        {
            IsBackground = true,
            Name = Name,
        };
        thread.Start();
        return thread;
    }

    private void RunThread()
    {
        _workerThreadId = Environment.CurrentManagedThreadId;
        try
        {
            ThreadMain();
        }
        catch (ComponentStoppedException) when (_stopped.IsCancellationRequested)
        {
            // The component was stopped while its thread waited: the thread just ends.
        }
        catch (Exception exception)
        {
            _threadException = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            _threadFinished = true;
            _threadWork.WakeIfArmed();
        }
    }

    /// <summary>What one round of the pumps did.</summary>
    /// <param name="Moved">Some message moved between a box and the thread.</param>
    /// <param name="OutgoingLeft">Messages the thread sent wait in its queues (their destination is full).</param>
    /// <param name="InboxWaitsForRoom">Messages wait in an inbox because the thread's queue for it is full.</param>
    private readonly record struct PumpResult(bool Moved, bool OutgoingLeft, bool InboxWaitsForRoom);
}
