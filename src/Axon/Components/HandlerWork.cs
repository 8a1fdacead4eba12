namespace Axon;

/// <summary>
/// The state of a generated handler loop's asynchronous work, made for the components that have any: the
/// context continuations come back to, the task in flight, and the source of <see cref="Component.ShutdownToken"/>.
/// </summary>
internal sealed class HandlerWork
{
    private readonly Component _owner;
    private ComponentSynchronizationContext? _context;

    public HandlerWork(Component owner)
    {
        _owner = owner;
        WakeOwner = owner.Unpause;
    }

    public ComponentSynchronizationContext Context => _context ??= new ComponentSynchronizationContext(_owner);

    public Task? InFlight { get; set; }

    public CancellationTokenSource? ShutdownSource { get; set; }

    /// <summary>Wakes the owner; one delegate per component, so that tracking a task allocates nothing more.</summary>
    public Action WakeOwner { get; }
}
