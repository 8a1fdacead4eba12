using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes on each <typeparamref name="T"/> the first time it is seen and drops its repeats, counting them in
/// <see cref="Repeats"/> (Kamaelia's UnseenOnly). It remembers every distinct value it has passed, so its memory
/// grows with the number of distinct values. Standard shutdown convention.
/// </summary>
/// <typeparam name="T">The values' type, carried by "inbox" and "outbox".</typeparam>
public sealed partial class UnseenOnly<T> : Component
{
    private readonly HashSet<T> _seen;
    private bool _seenNull;

    /// <summary>Creates the filter.</summary>
    /// <param name="comparer">Decides which values are repeats; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    public UnseenOnly(IEqualityComparer<T>? comparer = null) => _seen = new HashSet<T>(comparer);

    /// <summary>Values, of which repeats are dropped.</summary>
    [Inbox("inbox", "Values, of which repeats are dropped")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>Each distinct value, the first time it arrived.</summary>
    [Outbox("outbox", "Each distinct value, the first time it arrived")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many values were dropped as repeats.</summary>
    public long Repeats { get; private set; }

    /// <summary>How many distinct values have been passed on.</summary>
    public int Distinct => _seen.Count + (_seenNull ? 1 : 0);

    [Handles("inbox")]
    private void OnValue(T value)
    {
        if (value is null ? SeeNull() : _seen.Add(value))
        {
            Outbox.Send(value);
        }
        else
        {
            Repeats++;
        }
    }

    // A null is a value like any other here, kept apart so that a custom comparer is never asked about it.
    private bool SeeNull()
    {
        var unseen = !_seenNull;
        _seenNull = true;
        return unseen;
    }
}
