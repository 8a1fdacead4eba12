using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends the largest value of each collection that arrives on "inbox" (Kamaelia's Max). A collection with no
/// values has no largest one: it is a fault that stops the component and names it, rather than a message lost.
/// Standard shutdown convention.
/// </summary>
/// <typeparam name="T">The values' type.</typeparam>
public sealed partial class Max<T> : Component
{
    private readonly IComparer<T> _comparer;

    /// <summary>Creates the component.</summary>
    /// <param name="comparer">Orders the values; <see cref="Comparer{T}.Default"/> when null.</param>
    public Max(IComparer<T>? comparer = null) => _comparer = comparer ?? Comparer<T>.Default;

    /// <summary>Collections of values.</summary>
    [Inbox("inbox", "Collections of values")]
    public partial Inbox<IEnumerable<T>> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The largest value of each collection.</summary>
    [Outbox("outbox", "The largest value of each collection")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnValues(IEnumerable<T> values)
    {
        if (values is null)
        {
            throw new ArgumentException($"{Name}: a null collection arrived on \"inbox\"; it has no largest value.", nameof(values));
        }

        using var walk = values.GetEnumerator();
        if (!walk.MoveNext())
        {
            throw new ArgumentException($"{Name}: an empty collection arrived on \"inbox\"; it has no largest value.", nameof(values));
        }

        var largest = walk.Current;
        while (walk.MoveNext())
        {
            if (_comparer.Compare(walk.Current, largest) > 0)
            {
                largest = walk.Current;
            }
        }

        Outbox.Send(largest);
    }
}
