using System.ComponentModel;

namespace Axon;

/// <summary>
/// What a generated handler loop needs from the runtime beyond boxes: the token its handlers are cancelled by,
/// the synchronization context that brings async handlers' continuations back to the scheduler's thread, and
/// the tracking of a handler's work in flight (a task being awaited, or a multi-step handler's iterator).
/// </summary>
public abstract partial class Component
{
    /// <summary>
    /// Cancelled when the component is told to stop: a generated handler loop cancels it on
    /// <see cref="ShutdownMicroprocess"/>, and it is cancelled when the component ends for any reason. A handler
    /// (or Main) passes it to the asynchronous work it starts.
    /// </summary>
    protected CancellationToken ShutdownToken
    {
        get
        {
            var work = Work;
            if (work.ShutdownSource is null)
            {
                work.ShutdownSource = new CancellationTokenSource();
                if (IsStopped)
                {
                    work.ShutdownSource.Cancel();
                }
            }

            return work.ShutdownSource.Token;
        }
    }

    private HandlerWork Work => RarelyUsed.HandlerWork ??= new HandlerWork(this);

    /// <summary>
    /// Makes this component's synchronization context current for the rest of the step (until the scope is
    /// disposed), and first runs the continuations its async handlers posted since the last step: an
    /// <c>await</c> in a handler resumes here, on the scheduler's thread, never alongside another step.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected HandlerContextScope EnterHandlerContext()
    {
        var context = Work.Context;
        var scope = new HandlerContextScope(context);
        context.RunPosted();
        return scope;
    }

    /// <summary>
    /// Takes the task an async handler returned: false when it has already completed (a fault is thrown here, as
    /// the handler's own), true when it is still running. The component is woken when it completes.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool TrackHandlerTask(ValueTask task) =>
        !task.IsCompletedSuccessfully && TrackHandlerTask(task.AsTask());

    /// <inheritdoc cref="TrackHandlerTask(ValueTask)"/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool TrackHandlerTask(Task task)
    {
        ArgumentNullException.ThrowIfNull(task, "the task a handler returned");
        if (task.IsCompleted)
        {
            ObserveHandlerTask(task);
            return false;
        }

        var work = Work;
        work.InFlight = task;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(work.WakeOwner);
        return true;
    }

    /// <summary>
    /// True when no handler task is in flight any more; a task that faulted throws here, so the component faults
    /// as if the handler had thrown. A task cancelled by <see cref="ShutdownToken"/> is not a fault.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool HandlerTaskCompleted()
    {
        if (_rarelyUsed?.HandlerWork is not { InFlight: { } task } work)
        {
            return true;
        }

        if (!task.IsCompleted)
        {
            return false;
        }

        work.InFlight = null;
        ObserveHandlerTask(task);
        return true;
    }

    /// <summary>Starts a multi-step handler: the iterator it returned runs one step per scheduler step.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void StartHandlerSteps(IEnumerable<object?> steps)
    {
        ArgumentNullException.ThrowIfNull(steps, "the steps a handler returned");
        _current = steps.GetEnumerator();
    }

    /// <summary>
    /// Runs the multi-step handler to its next <c>yield return</c> (acting on <see cref="NewComponent"/> and
    /// <see cref="WaitComplete"/> as Main does); false once it has ended.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool RunHandlerStep() => AdvanceIterators();

    /// <summary>
    /// Tells a handler's work to stop on <see cref="ShutdownMicroprocess"/>: cancels <see cref="ShutdownToken"/>.
    /// The work in flight (a task, or a multi-step handler) is still run to its end, so that the message it took
    /// is not lost; it may watch the token to end early.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void StopHandlerWork() => CancelShutdownToken();

    private void ObserveHandlerTask(Task task)
    {
        if (!task.IsCompletedSuccessfully && _rarelyUsed?.HandlerWork?.ShutdownSource is { IsCancellationRequested: true } && IsCancellation(task))
        {
            // The handler gave up because the component was told to stop: the stop, not a fault.
            return;
        }

        task.GetAwaiter().GetResult();
    }

    private static bool IsCancellation(Task task) =>
        task.IsCanceled || task.Exception?.InnerExceptions is [OperationCanceledException];

    private void CancelShutdownToken()
    {
        if (_rarelyUsed?.HandlerWork?.ShutdownSource is { IsCancellationRequested: false } source)
        {
            source.Cancel();
        }
    }

    private void DisposeIterators()
    {
        _current?.Dispose();
        _current = null;
        while (WaitingIterators is { Count: > 0 } waiting)
        {
            waiting.Pop().Dispose();
        }
    }
}
