namespace Axon;

/// <summary>
/// Joins and parts boxes. The expensive work happens here, once per link: every box upstream of a changed
/// chain is re-pointed at the chain's final inbox, and that inbox learns which producers to wake when a
/// message is collected, so that sending and receiving stay a few instructions.
/// </summary>
internal static class LinkGraph
{
    // Links change rarely and may now be made on several schedulers' threads at once: one lock keeps each change whole.
    private static readonly object s_gate = new();

    public static void Connect(Box source, Box target)
    {
        lock (s_gate)
        {
            ConnectUnderLock(source, target);
        }
    }

    public static void Disconnect(Box source)
    {
        lock (s_gate)
        {
            DisconnectUnderLock(source);
        }
    }

    /// <summary>
    /// Resolves again every chain through the boxes of <paramref name="component"/> (and of its descendants): its
    /// scheduler became known (placed in a <see cref="SchedulerGroup"/>, or activated), so links to it may now join
    /// two schedulers, or no longer.
    /// </summary>
    public static void ResolveAround(Component component, bool withDescendants)
    {
        lock (s_gate)
        {
            var pending = new Stack<Component>();
            pending.Push(component);
            var seen = new HashSet<Component>();
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!seen.Add(current))
                {
                    continue;
                }

                for (var i = 0; i < current.BoxCount; i++)
                {
                    var final = current.BoxAt(i).FinalBox;
                    ResolveUpstream(final);
                    RecomputeProducers(final);
                }

                if (withDescendants)
                {
                    foreach (var child in current.ChildComponents())
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }

    /// <summary>A receiver from another scheduler has ended: it no longer feeds, nor is woken by, the inboxes it delivered to.</summary>
    public static void ForgetFeeder(Component receiver, IEnumerable<Box> finals)
    {
        lock (s_gate)
        {
            foreach (var final in finals)
            {
                if (final.RemoteFeeders is { } feeders && feeders.Remove(receiver))
                {
                    RecomputeProducers(final);
                }
            }
        }
    }

    private static void ConnectUnderLock(Box source, Box target)
    {
        if (source.Target is { } existing)
        {
            throw new BoxAlreadyLinkedToDestinationException(source, existing, target);
        }

        for (Box? hop = target; hop is not null; hop = hop.Target)
        {
            if (ReferenceEquals(hop, source))
            {
                throw new LinkCycleException(source, target);
            }
        }

        CheckTypes(source, target);
        var final = target.FinalBox;
        if (source.TryFindWaitingMisfit(final.ElementType, out var misfit))
        {
            throw new BoxTypeMismatchException(
                $"A {misfit?.GetType().Name ?? "null"} waiting in {Describe(source)} cannot move on into {Describe(final)}, which takes {TypeNames.Of(final.ElementType)}; the link was not made.",
                final);
        }

        source.AttachTarget(target);
        ResolveUpstream(source);
        source.SetProducers([]);
        RecomputeProducers(source.FinalBox);
        source.MoveWaitingMessagesOn();
    }

    private static void DisconnectUnderLock(Box source)
    {
        var oldFinal = source.FinalBox;
        source.DetachTarget();
        ResolveUpstream(source);
        RecomputeProducers(oldFinal);
        RecomputeProducers(source);
    }

    private static void CheckTypes(Box source, Box target)
    {
        if (!CanFlow(source.ElementType, target.ElementType))
        {
            throw new BoxTypeMismatchException(
                $"{Describe(source)} carries {TypeNames.Of(source.ElementType)}, which {Describe(target)} ({TypeNames.Of(target.ElementType)}) can never take.",
                target);
        }

        var final = target.FinalBox;
        if (!ReferenceEquals(final, target) && !CanFlow(source.ElementType, final.ElementType))
        {
            throw new BoxTypeMismatchException(
                $"{Describe(source)} carries {TypeNames.Of(source.ElementType)}, which the end of the chain, {Describe(final)} ({TypeNames.Of(final.ElementType)}), can never take.",
                final);
        }

        // The boxes already feeding the source will deliver into the new end of the chain too.
        var pending = new Stack<Box>();
        PushSources(pending, source);
        while (pending.Count > 0)
        {
            var upstream = pending.Pop();
            if (!CanFlow(upstream.ElementType, final.ElementType))
            {
                throw new BoxTypeMismatchException(
                    $"{Describe(upstream)} feeds {Describe(source)} and carries {TypeNames.Of(upstream.ElementType)}, which the end of the chain, {Describe(final)} ({TypeNames.Of(final.ElementType)}), can never take.",
                    final);
            }

            PushSources(pending, upstream);
        }
    }

    /// <summary>
    /// An upcast always flows; a downcast (an untyped box into a typed one) flows with a check per message;
    /// types with no relation never do.
    /// </summary>
    private static bool CanFlow(Type from, Type to) =>
        to.IsAssignableFrom(from) || from.IsAssignableFrom(to) || (Nullable.GetUnderlyingType(to) is { } underlying && underlying == from);

    private static string Describe(Box box) => $"{box.Direction.ToString().ToLowerInvariant()} '{box.Name}' of {box.Owner.Name}";

    private static void ResolveUpstream(Box box)
    {
        var pending = new Stack<Box>();
        pending.Push(box);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            current.Resolve();
            PushSources(pending, current);
        }
    }

    /// <summary>Tells a final inbox which components own the outboxes feeding it, directly or through a chain.</summary>
    private static void RecomputeProducers(Box final)
    {
        if (final.Direction != BoxDirection.Inbox || final.Target is not null)
        {
            return;
        }

        // Receivers from other schedulers are woken in place of the boxes' owners there (a component of another
        // scheduler is never touched from this one).
        var producers = final.RemoteFeeders is { } feeders ? new List<Component>(feeders) : [];
        var pending = new Stack<Box>();
        PushSources(pending, final);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.Direction == BoxDirection.Outbox && current.RemoteReceiver is null && !producers.Contains(current.Owner))
            {
                producers.Add(current.Owner);
            }

            PushSources(pending, current);
        }

        if (final.Owner.Scheduler is { Group: not null } owner && !ReferenceEquals(owner, Scheduler.Current))
        {
            // The inbox's owner may be running on its scheduler's thread: its producers change there, between steps.
            var changed = producers.ToArray();
            owner.Post(() => final.SetProducers(changed));
            return;
        }

        final.SetProducers(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(producers));
    }

    private static void PushSources(Stack<Box> pending, Box box)
    {
        for (var i = 0; i < box.SourceCount; i++)
        {
            pending.Push(box.SourceAt(i));
        }
    }
}
