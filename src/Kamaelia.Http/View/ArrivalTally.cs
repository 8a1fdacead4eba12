using Axon;

namespace Kamaelia.Http.View;

/// <summary>
/// Turns the wrapping arrival counters of inboxes (<see cref="Box.Arrivals"/>) into running totals and rates, from one
/// snapshot to the next. Boxes not seen in a snapshot are forgotten, so nothing outlives the components it counted.
/// Not thread-safe: its <see cref="SystemSnapshotSource"/> makes one snapshot at a time.
/// </summary>
internal sealed class ArrivalTally(TimeProvider time)
{
    private Dictionary<Box, Tally> _seen = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Box, Tally> _seenNow = new(ReferenceEqualityComparer.Instance);

    /// <summary>The running total of an inbox's arrivals and their rate since it was last counted, as read at <paramref name="timestamp"/>.</summary>
    public (long Total, double Rate) Count(Box inbox, uint arrivals, long timestamp)
    {
        if (_seenNow.TryGetValue(inbox, out var already))
        {
            return (already.Total, already.Rate);
        }

        Tally now;
        if (_seen.TryGetValue(inbox, out var before))
        {
            // Unsigned subtraction gives the arrivals between readings across the counter's wrap.
            var arrived = unchecked(arrivals - before.Arrivals);
            var seconds = time.GetElapsedTime(before.Timestamp, timestamp).TotalSeconds;
            // A reading taken no later than the last (a scheduler that has not answered since) keeps the last rate.
            now = new Tally(arrivals, before.Total + arrived, seconds > 0 ? arrived / seconds : before.Rate, timestamp);
        }
        else
        {
            now = new Tally(arrivals, arrivals, 0, timestamp);
        }

        _seenNow[inbox] = now;
        return (now.Total, now.Rate);
    }

    /// <summary>Ends a snapshot: what it counted becomes what the next compares with; the rest is forgotten.</summary>
    public void EndSnapshot()
    {
        (_seen, _seenNow) = (_seenNow, _seen);
        _seenNow.Clear();
    }

    private readonly record struct Tally(uint Arrivals, long Total, double Rate, long Timestamp);
}
