namespace Axon;

/// <summary>
/// Decides, when a chain of links is resolved, whether its source box and final inbox are on different schedulers
/// of one <see cref="SchedulerGroup"/>, and gives the box the link between them: paid once at link time (and when a
/// component is placed or activated), so that a send between components of one scheduler is not slowed at all.
/// </summary>
internal static class SchedulerLinks
{
    /// <summary>
    /// The link that <paramref name="source"/> must deliver through to reach <paramref name="final"/>, or null when
    /// the two are on one scheduler (or not yet on any); <paramref name="existing"/> is kept while it still fits,
    /// and retired otherwise, so that what it holds is delivered and nothing is lost.
    /// </summary>
    public static SchedulerLink<T>? Resolve<T>(Box<T> source, Box final, SchedulerLink<T>? existing)
    {
        // Cheapest tests first: most chains end in no inbox or on a scheduler outside any group. A component with no
        // scheduler yet (neither activated, placed nor adopted) is taken to run where the link is made: the component
        // that links children adopts and activates them (a Pipeline does), and activation resolves the links again.
        if (ReferenceEquals(final, source) || final.Direction != BoxDirection.Inbox
            || (source.Owner.EffectiveScheduler ?? Scheduler.Current) is not { Group: { } group } from
            || (final.Owner.EffectiveScheduler ?? Scheduler.Current) is not { } to
            || ReferenceEquals(from, to) || !ReferenceEquals(to.Group, group))
        {
            existing?.Retire();
            return null;
        }

        var limit = final.OwnSizeLimit;
        var capacity = limit is { } bounded ? Math.Max(1, bounded) : group.LinkCapacity;
        if (existing is { IsRetired: false } && ReferenceEquals(existing.Final, final) && existing.Capacity == capacity
            && ReferenceEquals(existing.Channel.SinkScheduler, to))
        {
            return existing;
        }

        existing?.Retire();
        var channel = source.Owner.ChannelTo(source.Target?.Owner ?? final.Owner, to);
        var link = new SchedulerLink<T>(source, final, channel, capacity, bounded: limit.HasValue);
        channel.Add(link);
        var feeders = final.RemoteFeeders ??= [];
        if (!feeders.Contains(channel.Receiver))
        {
            feeders.Add(channel.Receiver);
        }

        return link;
    }
}
