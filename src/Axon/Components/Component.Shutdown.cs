namespace Axon;

// Kamaelia's shutdown convention in one place, for the generated handler loop and hand-written components alike:
// ProducerFinished on control means "finish what is queued, forward it, stop"; ShutdownMicroprocess means "forward it
// and stop now". The boxes are parameters, so a component whose control inbox or signal outbox has another name, or
// that has several, uses the same members. Call them from the component's own steps (the scheduler's thread).
public abstract partial class Component
{
    /// <summary>
    /// The shutdown signal this component has been asked to stop with (see <see cref="RememberShutdown"/>): null while
    /// none has come, else the first <see cref="ShutdownMicroprocess"/>, or else the first <see cref="ProducerFinished"/>.
    /// </summary>
    protected ShutdownSignal? ReceivedShutdownSignal => _rarelyUsed?.ReceivedShutdownSignal;

    /// <summary>What <see cref="ReceivedShutdownSignal"/> asks of the component.</summary>
    protected ShutdownRequest RequestedShutdown => RequestOf(_rarelyUsed?.ReceivedShutdownSignal);

    /// <summary>
    /// Takes messages from <paramref name="control"/> and remembers the shutdown signals among them
    /// (<see cref="RememberShutdown"/>) until the component has been asked <paramref name="until"/> or more; other
    /// messages are taken and dropped. With <see cref="ShutdownRequest.StopNow"/> (the default) reading goes on past a
    /// <see cref="ProducerFinished"/>, so that a <see cref="ShutdownMicroprocess"/> behind it still stops the component
    /// at once. With <see cref="ShutdownRequest.Finish"/> the first shutdown signal of either kind ends the reading and
    /// nothing more is read after it: for a component that stops on either, or that does not look at control again
    /// while it finishes.
    /// </summary>
    /// <returns><see cref="RequestedShutdown"/>, after reading.</returns>
    protected ShutdownRequest ReadControl<T>(Inbox<T> control, ShutdownRequest until = ShutdownRequest.StopNow)
    {
        ArgumentNullException.ThrowIfNull(control);
        if (until is not (ShutdownRequest.Finish or ShutdownRequest.StopNow))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "Reading control ends at Finish or at StopNow.");
        }

        var requested = RequestedShutdown;
        while (requested < until && control.TryRecv(out var message))
        {
            RememberShutdown(message);
            requested = RequestedShutdown;
        }

        return requested;
    }

    /// <summary>
    /// Remembers a control message that the component took itself (to copy it on, or to give it to a handler first), or
    /// a shutdown it decides on by itself: a <see cref="ShutdownMicroprocess"/> replaces a remembered
    /// <see cref="ProducerFinished"/>, a ProducerFinished is kept only when nothing is remembered yet, nothing replaces a
    /// ShutdownMicroprocess, and any other message is ignored.
    /// </summary>
    /// <returns>What the message newly asks: <see cref="ShutdownRequest.None"/> when it changed nothing.</returns>
    protected ShutdownRequest RememberShutdown(object? message)
    {
        var asked = RequestOf(message);
        if (asked <= RequestedShutdown)
        {
            return ShutdownRequest.None;
        }

        RarelyUsed.ReceivedShutdownSignal = (ShutdownSignal)message!;
        return asked;
    }

    /// <summary>
    /// The first <see cref="ShutdownMicroprocess"/> waiting in <paramref name="control"/>, left there; null when none
    /// waits. For a component that lets control messages wait (behind its data, or until it has something to give
    /// them to) and must still stop at once.
    /// </summary>
    protected static ShutdownMicroprocess? PeekShutdownMicroprocess<T>(Inbox<T> control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return control.FirstWaiting<ShutdownMicroprocess>();
    }

    /// <summary>
    /// Delivers what this component's outboxes hold (<see cref="HoldMessagesWhenFull"/>) before it stops: on
    /// <see cref="ShutdownRequest.StopNow"/> all at once, past any size limit, since a component stopping now cannot
    /// wait for room and must not lose what it sent; otherwise as room is made, like <see cref="TryReleaseHeldMessages"/>.
    /// True when nothing is held any more; pause and call it again while it returns false.
    /// </summary>
    protected bool TryReleaseHeldMessagesBeforeStopping() => TryReleaseHeldMessagesBeforeStopping(RequestedShutdown);

    /// <summary>
    /// Forwards a shutdown signal on <paramref name="signal"/> after everything this component sent before it: the
    /// <paramref name="message"/> given, else <see cref="ReceivedShutdownSignal"/>. The message's own kind decides how
    /// (see <see cref="TryReleaseHeldMessagesBeforeStopping()"/>): a <see cref="ShutdownMicroprocess"/> goes at once,
    /// what is held being delivered past any size limit before and after it; a <see cref="ProducerFinished"/> waits
    /// until what is held has gone. True once the signal has been sent and nothing is held; pause and call it again
    /// while it returns false. The signal is sent once: a later call only waits for what is held, whatever it is given.
    /// </summary>
    /// <typeparam name="T">The element type of the signal outbox, which must take the shutdown signal.</typeparam>
    /// <exception cref="InvalidOperationException">No message was given and none was received.</exception>
    protected bool TryForwardShutdownSignal<T>(Outbox<T> signal, ShutdownSignal? message = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return TryForwardShutdownSignal((Box)signal, message);
    }

    private bool TryForwardShutdownSignal(Box signal, ShutdownSignal? message)
    {
        var state = RarelyUsed;
        if (state.ForwardedShutdownSignal is { } forwarded)
        {
            return TryReleaseHeldMessagesBeforeStopping(RequestOf(forwarded));
        }

        var forwarding = message ?? state.ReceivedShutdownSignal
            ?? throw new InvalidOperationException($"{Name} has no shutdown signal to forward on \"{signal.Name}\": none was received and none was given.");
        var request = RequestOf(forwarding);
        if (!TryReleaseHeldMessagesBeforeStopping(request))
        {
            return false;
        }

        signal.SendObject(forwarding);
        state.ForwardedShutdownSignal = forwarding;
        return TryReleaseHeldMessagesBeforeStopping(request);
    }

    private bool TryReleaseHeldMessagesBeforeStopping(ShutdownRequest request)
    {
        if (request == ShutdownRequest.StopNow)
        {
            ReleaseHeldMessagesIgnoringLimits();
            return true;
        }

        return TryReleaseHeldMessages();
    }

    private static ShutdownRequest RequestOf(object? message) => message switch
    {
        ShutdownMicroprocess => ShutdownRequest.StopNow,
        ProducerFinished => ShutdownRequest.Finish,
        _ => ShutdownRequest.None,
    };
}
