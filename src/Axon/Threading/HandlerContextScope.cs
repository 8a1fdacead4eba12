using System.ComponentModel;

namespace Axon;

/// <summary>
/// While it lives, a component's synchronization context is the thread's current one (see
/// <c>Component.EnterHandlerContext</c>); disposing it restores the context that was current before.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct HandlerContextScope : IDisposable
{
    private readonly SynchronizationContext? _previous;

    internal HandlerContextScope(SynchronizationContext context)
    {
        _previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
    }

    /// <inheritdoc />
    public void Dispose() => SynchronizationContext.SetSynchronizationContext(_previous);
}
