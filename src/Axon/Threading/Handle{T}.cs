namespace Axon;

/// <summary>
/// A typed <see cref="Handle{TIn, TOut}"/> for a component whose "inbox" takes and whose "outbox" sends the same
/// type <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">What the component's "inbox" takes and its "outbox" sends.</typeparam>
public sealed class Handle<T> : Handle<T, T>
{
    /// <summary>Wraps a component; it must have the four standard boxes (inbox, control, outbox, signal).</summary>
    /// <param name="component">The component to use.</param>
    /// <param name="queueLength">As for <see cref="Handle{TIn, TOut}(Component, int)"/>.</param>
    public Handle(Component component, int queueLength = 1000)
        : base(component, queueLength)
    {
    }
}
