using System.ComponentModel;

namespace Axon;

/// <summary>
/// Where a generated handler loop is: the states of the main loop the generator writes. Only generated code names
/// it; a debugger shows it as the component's <c>__loopState</c> field.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum HandlerLoopState
{
    /// <summary>Not stepped yet: the first step calls <c>OnStart</c>.</summary>
    Starting,

    /// <summary>Taking messages from the handled inboxes and calling their handlers.</summary>
    TakingMessages,

    /// <summary>A handler sent into a full inbox: nothing more is taken until the held messages have gone.</summary>
    WaitingForRoom,

    /// <summary>An async handler's task is running; the component sleeps until it completes.</summary>
    AwaitingTask,

    /// <summary>A multi-step handler is running, one step per scheduler step.</summary>
    RunningSteps,

    /// <summary><see cref="ProducerFinished"/> arrived: handling what is queued, then finishing.</summary>
    Draining,

    /// <summary><see cref="ShutdownMicroprocess"/> arrived while a handler's task was running: waiting for it to end.</summary>
    Stopping,

    /// <summary>
    /// <c>OnShutdown</c> has run: the shutdown signal is forwarded after what was sent before it
    /// (<c>Component.TryForwardShutdownSignal</c>), waiting for room after ProducerFinished, at once after ShutdownMicroprocess.
    /// </summary>
    Finishing,

    /// <summary>Ended: the component runs no more steps.</summary>
    Finished,
}
