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
    private readonly ManualResetEventSlim _workerSignal = new(false);
    private readonly CancellationTokenSource _stopped = new();
    private readonly ConcurrentQueue<MarshalledCall> _calls = new();
    private readonly bool _constructed;
    private Thread? _thread;
    private int _workerThreadId = -1;
    private volatile bool _threadFinished;
    private ExceptionDispatchInfo? _threadException;
    private int _schedulerWakePending;

    /// <summary>Creates the component.</summary>
    /// <param name="queueLength">How many messages each queue between a box and the thread holds.</param>
    protected ThreadedComponent(int queueLength = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(queueLength, 1);
        _queueLength = queueLength;
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

    /// <summary>The scheduler side: moves messages between boxes and the thread, and ends when both are done.</summary>
    protected sealed override bool Step()
    {
        Interlocked.Exchange(ref _schedulerWakePending, 0);
        _thread ??= StartThread();

        // Read before the queues are emptied: once the thread is seen to have ended, everything it sent is
        // already in the queues, so the pumps below see it. Read after, a message sent just before the end could
        // be missed and lost.
        var threadFinished = _threadFinished;
        var callsNow = _calls.Count;
        var dataWaiting = false;
        for (var i = 0; i < BoxCount; i++)
        {
            var inbox = BoxAt(i);
            if (inbox.Direction == BoxDirection.Inbox && inbox.Name != "control")
            {
                inbox.PumpThreadBridge();
                dataWaiting |= inbox.Count > 0;
            }
        }

        // Control last: a shutdown request reaches the thread after the data sent before it, so it waits while a
        // full thread queue holds data back (except ShutdownMicroprocess, "stop now", which goes at once).
        if (FindBox("control", BoxDirection.Inbox) is { } control && (!dataWaiting || LeadsWithShutdownMicroprocess(control)))
        {
            control.PumpThreadBridge();
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

            outbox.PumpThreadBridge();
            outgoingLeft |= outbox.BridgeHasMessages;
        }

        if (signal is not null)
        {
            if (!outgoingLeft)
            {
                signal.PumpThreadBridge();
            }

            outgoingLeft |= signal.BridgeHasMessages;
        }

        for (var i = 0; i < callsNow && _calls.TryDequeue(out var call); i++)
        {
            call.Run();
        }

        _threadException?.Throw();
        if (threadFinished && !outgoingLeft && _calls.IsEmpty)
        {
            return false;
        }

        Pause();
        return true;
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
        WakeSchedulerSide();
        return (TResult)call.Wait(this, _stopped.Token)!;
    }

    internal void SignalWorker() => _workerSignal.Set();

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

    internal void WakeSchedulerSide()
    {
        if (Interlocked.Exchange(ref _schedulerWakePending, 1) == 0)
        {
            Unpause();
        }
    }

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
            Interlocked.Exchange(ref _schedulerWakePending, 0);
            WakeSchedulerSide();
        }
    }
}
