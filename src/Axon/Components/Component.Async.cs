namespace Axon;

public abstract partial class Component
{
    /// <summary>
    /// Activates the component and runs its scheduler on a thread of its own until no component remains; the
    /// task completes then. Cancelling <paramref name="cancellationToken"/> sends this component a
    /// <see cref="ShutdownMicroprocess"/> on its "control" inbox (from the scheduler's thread), and stops the
    /// scheduler if the system has not ended within <see cref="Scheduler.ShutdownGracePeriod"/>; the task then
    /// completes normally. A fault that ends the run is the task's exception, a
    /// <see cref="ComponentFaultedException"/> naming the component that failed.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <inheritdoc cref="RunAsync(CancellationToken)"/>
    /// <param name="scheduler">The scheduler to run on: the component's own, else <see cref="Axon.Scheduler.Default"/>.</param>
    /// <param name="cancellationToken">Cancel to shut the system down.</param>
    public Task RunAsync(Scheduler? scheduler = null, CancellationToken cancellationToken = default)
    {
        Activate(scheduler);
        return Scheduler!.Group is { } group
            ? group.RunAsync(cancellationToken)
            : Scheduler.RunAsync(() => [this], cancellationToken);
    }

    /// <summary>True when another component has adopted this one as a child.</summary>
    internal bool HasParents => ParentList is { Count: > 0 };

    /// <summary>
    /// Puts a shutdown signal into "control" past any size limit, on the scheduler's thread; a component without
    /// a "control" inbox, or one that has ended, is left alone.
    /// </summary>
    internal void DeliverShutdown(ShutdownSignal signal)
    {
        if (!IsStopped && FindBox("control", BoxDirection.Inbox) is { } control && control.ElementType.IsInstanceOfType(signal))
        {
            control.PutObjectPastLimit(signal);
        }
    }
}
