using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Axon;

/// <summary>
/// The instruments of the <see cref="KamaeliaMeter"/> and the calls that record on them. Callers test
/// <see cref="MessagesObserved"/> (the message counters) or an instrument's <c>Enabled</c> before calling, so that
/// nobody listening costs a check and nothing more.
/// </summary>
internal static class Telemetry
{
    /// <summary>
    /// True when a listener takes any message counter, as last seen by <see cref="ObserveListeners"/>: one static
    /// read on the send path, where <c>Enabled</c> would be two dependent reads per counter.
    /// </summary>
    public static bool MessagesObserved;

    /// <summary>True when a listener takes any of the pass instruments, so passes must be timed; as last seen.</summary>
    public static bool PassesObserved;

    private static readonly Meter s_meter = new(KamaeliaMeter.Name, typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    // The type tag is computed once per component type: recording must not format names per message.
    private static readonly ConcurrentDictionary<Type, string> s_typeNames = new();

    public static readonly Counter<long> Sent = s_meter.CreateCounter<long>(KamaeliaMeter.MessagesSent, "{message}", "Messages sent on outboxes.");

    public static readonly Counter<long> Delivered = s_meter.CreateCounter<long>(KamaeliaMeter.MessagesDelivered, "{message}", "Messages that arrived in the final inbox of a link chain.");

    public static readonly Counter<long> Discarded = s_meter.CreateCounter<long>(KamaeliaMeter.MessagesDiscarded, "{message}", "Messages sent on an outbox linked to nothing.");

    public static readonly Counter<long> Faults = s_meter.CreateCounter<long>(KamaeliaMeter.ComponentFaults, "{fault}", "Component steps and close-downs that threw.");

    public static readonly Counter<long> Passes = s_meter.CreateCounter<long>(KamaeliaMeter.SchedulerPasses, "{pass}", "Scheduler passes.");

    public static readonly Counter<long> Steps = s_meter.CreateCounter<long>(KamaeliaMeter.SchedulerSteps, "{step}", "Component steps run by schedulers.");

    // Passes take microseconds to milliseconds: buckets by decades from 1 µs, where the exporters' defaults (made
    // for milliseconds of request time) would put every pass in the first.
    public static readonly Histogram<double> PassDuration = s_meter.CreateHistogram(
        KamaeliaMeter.PassDuration,
        "s",
        "Time a scheduler pass takes to step its components.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1] });

    // Observed only when a listener collects, so it costs nothing between collections.
    private static readonly ObservableGauge<int> s_inboxDepth = s_meter.CreateObservableGauge(KamaeliaMeter.InboxDepth, MeasureInboxDepths, "{message}", "Messages waiting in inboxes, per component type and inbox.");

    /// <summary>
    /// Brings <see cref="MessagesObserved"/> and <see cref="PassesObserved"/> up to date. Schedulers call it at their
    /// first pass and every <see cref="PassesBetweenObservations"/> passes after, so a listener that starts is
    /// seen within that many passes of a running scheduler, and a pass does not pay six checks.
    /// </summary>
    public static void ObserveListeners()
    {
        MessagesObserved = Sent.Enabled || Delivered.Enabled || Discarded.Enabled;
        PassesObserved = Passes.Enabled || Steps.Enabled || PassDuration.Enabled;
    }

    /// <summary>How many passes a scheduler runs between looks at the listeners (a power of two).</summary>
    public const int PassesBetweenObservations = 64;

    public static void CountSentAndDelivered(Box outbox, Box inbox)
    {
        CountSent(outbox);
        CountDelivered(inbox);
    }

    public static void CountSent(Box outbox, long count = 1) => Sent.Add(count, TypeTag(outbox.Owner), BoxTag(outbox));

    public static void CountDelivered(Box inbox, long count = 1) => Delivered.Add(count, TypeTag(inbox.Owner), BoxTag(inbox));

    public static void CountDiscarded(Box outbox) => Discarded.Add(1, TypeTag(outbox.Owner), BoxTag(outbox));

    public static void CountFault(Component component, Exception exception) =>
        Faults.Add(1, TypeTag(component), new KeyValuePair<string, object?>(KamaeliaMeter.ErrorTypeTag, exception.GetType().FullName));

    public static void RecordPass(long startTimestamp, int steps)
    {
        Passes.Add(1);
        if (steps > 0)
        {
            Steps.Add(steps);
        }

        if (PassDuration.Enabled)
        {
            PassDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds);
        }
    }

    private static KeyValuePair<string, object?> TypeTag(Component component) => new(KamaeliaMeter.ComponentTypeTag, TypeName(component));

    private static string TypeName(Component component) => s_typeNames.GetOrAdd(component.GetType(), TypeNames.Of);

    private static KeyValuePair<string, object?> BoxTag(Box box) => new(KamaeliaMeter.BoxTag, box.Name);

    private static IEnumerable<Measurement<int>> MeasureInboxDepths()
    {
        // Read from the collector's thread without stopping any scheduler: each depth is a count as it stood at
        // some moment of the collection, which is what a gauge promises.
        var depths = new Dictionary<(string Type, string Box), int>();
        foreach (var scheduler in LiveSchedulers.All())
        {
            foreach (var component in scheduler.Components)
            {
                foreach (var box in component.Inboxes.Values)
                {
                    var key = (TypeName(component), box.Name);
                    depths[key] = depths.GetValueOrDefault(key) + box.Count;
                }
            }
        }

        foreach (var ((type, box), depth) in depths)
        {
            yield return new Measurement<int>(depth, new KeyValuePair<string, object?>(KamaeliaMeter.ComponentTypeTag, type), new KeyValuePair<string, object?>(KamaeliaMeter.BoxTag, box));
        }
    }
}
