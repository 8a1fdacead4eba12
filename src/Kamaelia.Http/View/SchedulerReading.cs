using Axon;
using Kamaelia.Util;

namespace Kamaelia.Http.View;

/// <summary>
/// What one scheduler's system looked like, read on that scheduler's thread (components, boxes and links belong to
/// it) and then handed, immutable, to whoever composes the snapshot.
/// </summary>
internal sealed record SchedulerReading(long Timestamp, IReadOnlyList<ComponentReading> Components, IReadOnlyList<LinkSnapshot> Links)
{
    /// <summary>Reads the system; call it on the scheduler's thread (through <see cref="Scheduler.InvokeAsync{T}"/>).</summary>
    public static SchedulerReading Take(Scheduler scheduler, TimeProvider time)
    {
        var graph = SystemGraph.Capture(scheduler);
        var parents = new Dictionary<Component, int>(ReferenceEqualityComparer.Instance);
        foreach (var component in graph.Components)
        {
            foreach (var child in component.ChildComponents())
            {
                parents.TryAdd(child, component.Id);
            }
        }

        var components = graph.Components
            .Select(c => new ComponentReading(
                c.Id,
                c.Name,
                TypeNames.Of(c.GetType()),
                parents.TryGetValue(c, out var parent) ? parent : null,
                c.IsPaused,
                [.. c.Inboxes.Values.Select(BoxReading.Of)],
                [.. c.Outboxes.Values.Select(BoxReading.Of)]))
            .ToList();
        var links = graph.Links
            .Select(l => new LinkSnapshot(l.From.Owner.Id, l.From.Name, l.From.Direction, l.To.Owner.Id, l.To.Name, l.To.Direction))
            .ToList();
        return new SchedulerReading(time.GetTimestamp(), components, links);
    }
}

/// <summary>One component as a <see cref="SchedulerReading"/> read it.</summary>
internal sealed record ComponentReading(int Id, string Name, string Type, int? ParentId, bool Paused, IReadOnlyList<BoxReading> Inboxes, IReadOnlyList<BoxReading> Outboxes);

/// <summary>One box as a <see cref="SchedulerReading"/> read it; the box itself is the key its arrivals are tallied by.</summary>
internal sealed record BoxReading(Box Box, int Depth, bool Full, uint Arrivals, long Discarded, int Held)
{
    public static BoxReading Of(Box box) => box.Direction == BoxDirection.Inbox
        ? new BoxReading(box, box.Count, box.IsFull, box.Arrivals, 0, 0)
        : new BoxReading(box, 0, false, 0, box.Discarded, box.Held);
}
