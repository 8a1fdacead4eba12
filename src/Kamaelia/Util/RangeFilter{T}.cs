using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes on the <typeparamref name="T"/> values that lie within any of the given ranges, both ends included
/// (Kamaelia's RangeFilter); the others are counted in <see cref="Rejected"/>, and so is null, which lies in no
/// range. Standard shutdown convention.
/// </summary>
/// <typeparam name="T">The values' type, carried by "inbox" and "outbox".</typeparam>
public sealed partial class RangeFilter<T> : Component
    where T : IComparable<T>
{
    private readonly (T Low, T High)[] _ranges;

    /// <summary>Creates the filter.</summary>
    /// <param name="ranges">The ranges, each from Low to High inclusive; at least one.</param>
    /// <exception cref="ArgumentException">No range was given, or one has an end that is null or Low above High.</exception>
    public RangeFilter(params (T Low, T High)[] ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Length == 0)
        {
            throw new ArgumentException($"{Name}: a RangeFilter needs at least one range.", nameof(ranges));
        }

        foreach (var (low, high) in ranges)
        {
            if (low is null || high is null)
            {
                throw new ArgumentException($"{Name}: a range's ends cannot be null.", nameof(ranges));
            }

            if (low.CompareTo(high) > 0)
            {
                throw new ArgumentException($"{Name}: the range ({low}, {high}) starts above its end.", nameof(ranges));
            }
        }

        _ranges = [.. ranges];
    }

    /// <summary>Values to filter.</summary>
    [Inbox("inbox", "Values to filter")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The values within a range.</summary>
    [Outbox("outbox", "The values within a range")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many values were outside every range.</summary>
    public long Rejected { get; private set; }

    [Handles("inbox")]
    private void OnValue(T value)
    {
        if (value is not null && _ranges.Any(range => value.CompareTo(range.Low) >= 0 && value.CompareTo(range.High) <= 0))
        {
            Outbox.Send(value);
        }
        else
        {
            Rejected++;
        }
    }
}
