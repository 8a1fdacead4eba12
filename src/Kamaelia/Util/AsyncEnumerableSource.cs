using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Brings an <see cref="IAsyncEnumerable{T}"/> into a graph: sends each item on "outbox", taking the next one only
/// when the inbox "outbox" leads to has room, then <see cref="ProducerFinished"/> on "signal". The enumeration is
/// given the component's <see cref="Component.ShutdownToken"/>, so <see cref="ShutdownMicroprocess"/> on "control"
/// cancels it; an exception it throws is a fault of this component. See <see cref="AsyncSource{T}"/> for the rules.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public sealed class AsyncEnumerableSource<T> : AsyncSource<T>
{
    private static readonly ComponentDescriptor s_declaration = Describe("AsyncEnumerableSource");

    private readonly IAsyncEnumerable<T> _items;
    private IAsyncEnumerator<T>? _enumerator;
    private bool _moved;
    private int _released;

    /// <summary>Creates the source; the enumeration starts when the component first runs.</summary>
    public AsyncEnumerableSource(IAsyncEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
    }

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;

    private protected override ValueTask<bool> WaitForItemAsync(CancellationToken cancellationToken)
    {
        _enumerator ??= _items.GetAsyncEnumerator(cancellationToken);
        _moved = true;
        return _enumerator.MoveNextAsync();
    }

    private protected override bool TryTake(bool stopping, out T item)
    {
        // True only after a MoveNextAsync that returned true: the base asks after each successful wait.
        if (_moved && _enumerator is { } enumerator)
        {
            _moved = false;
            item = enumerator.Current;
            return true;
        }

        item = default!;
        return false;
    }

    private protected override ValueTask CloseAsync()
    {
        _moved = false;
        return Interlocked.Exchange(ref _released, 1) == 0 && _enumerator is { } enumerator ? enumerator.DisposeAsync() : ValueTask.CompletedTask;
    }

    private protected override void Abandon()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0 && _enumerator is { } enumerator)
        {
            _ = DisposeQuietly(enumerator);
        }
    }

    private static async Task DisposeQuietly(IAsyncEnumerator<T> enumerator)
    {
        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The component has already ended (stopped or faulted): nobody is left to report this to.
        }
    }
}
