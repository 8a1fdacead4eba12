using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// Every scheduler not yet collected, for the observers that report on all of them (the inbox depth gauge).
/// Weakly held: a scheduler nobody refers to any more leaves by itself.
/// </summary>
internal static class LiveSchedulers
{
    private static readonly ConditionalWeakTable<Scheduler, object?> s_schedulers = new();

    public static void Add(Scheduler scheduler) => s_schedulers.AddOrUpdate(scheduler, null);

    public static IEnumerable<Scheduler> All()
    {
        foreach (var (scheduler, _) in s_schedulers)
        {
            yield return scheduler;
        }
    }
}
