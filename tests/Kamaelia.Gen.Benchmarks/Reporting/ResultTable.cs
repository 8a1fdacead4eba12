using System.Globalization;
using System.Text;
using Kamaelia.Gen.Benchmarks.Runners;
using Kamaelia.Gen.Benchmarks.Scale;

namespace Kamaelia.Gen.Benchmarks.Reporting;

/// <summary>One implementation's result on one workload: time and allocation per operation of N messages.</summary>
public sealed record Measurement(Workload Workload, Impl Impl, int N, double NsPerOp, double? BytesPerOp);

/// <summary>One threaded-path result.</summary>
public sealed record ThreadedMeasurement(Feed Feed, int N, double NsPerOp, double? BytesPerOp);

/// <summary>One result of the CPU-bound pipeline.</summary>
public sealed record CpuBoundMeasurement(CpuBoundImpl Impl, int N, double NsPerOp, double? BytesPerOp, double? ProcessCpuNsPerOp = null);

/// <summary>Turns measurements into the table docs/performance.md keeps: rates, ratios to each peer and to the floor.</summary>
public static class ResultTable
{
    private static readonly Impl[] s_peers = [Impl.Channels, Impl.Dataflow, Impl.Akka];

    /// <summary>The message-passing table, as GitHub markdown.</summary>
    public static string Render(IReadOnlyList<Measurement> measurements, IReadOnlyList<Measurement>? runs = null)
    {
        var text = new StringBuilder();
        var ranges = runs is { Count: > 0 }
            ? runs.GroupBy(m => (m.Workload, m.Impl)).ToDictionary(g => g.Key, g => (Low: g.Min(Rate), High: g.Max(Rate)))
            : null;
        text.AppendLine("| Workload | Implementation | msgs/s | ns/hop | B/msg | × Channels | × Dataflow | × Akka | × best peer | ns/hop ÷ floor |" + (ranges is null ? "" : " msgs/s range |"));
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|" + (ranges is null ? "" : "---:|"));
        foreach (var group in measurements.GroupBy(m => m.Workload).OrderBy(g => g.Key))
        {
            var byImpl = group.ToDictionary(m => m.Impl);
            var floor = byImpl.GetValueOrDefault(Impl.Floor);
            var bestPeer = s_peers.Where(byImpl.ContainsKey).Select(p => Rate(byImpl[p])).DefaultIfEmpty(double.NaN).Max();
            foreach (var m in group.OrderBy(m => m.Impl))
            {
                var rate = Rate(m);
                text.Append(CultureInfo.InvariantCulture, $"| {group.Key} | {m.Impl} | {Millions(rate)} | {Number(NsPerHop(m))} | {Bytes(m)} |");
                foreach (var peer in s_peers)
                {
                    text.Append(' ').Append(byImpl.TryGetValue(peer, out var p) ? Ratio(rate / Rate(p)) : "–").Append(" |");
                }

                text.Append(' ').Append(Ratio(rate / bestPeer)).Append(" |");
                text.Append(' ').Append(floor is null ? "–" : Ratio(NsPerHop(m) / NsPerHop(floor))).Append(" |");
                if (ranges is not null && ranges.TryGetValue((m.Workload, m.Impl), out var range))
                {
                    text.Append(' ').Append(Millions(range.Low).TrimEnd(' ', 'M')).Append('–').Append(Millions(range.High)).Append(" |");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The summary: per workload and producer style, Kamaelia's rate (handler / Main components) and its ratios to
    /// each peer, to the hand-written baseline with the same producer, and its ns/hop over the floor's.
    /// </summary>
    public static string RenderSummary(IReadOnlyList<Measurement> measurements)
    {
        var text = new StringBuilder();
        text.AppendLine("| Workload | Producer | Kamaelia msgs/s (handler / Main) | × Channels | × Dataflow | × Akka | × best peer | × hand-written | ns/hop ÷ floor |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in measurements.GroupBy(m => m.Workload).OrderBy(g => g.Key))
        {
            var byImpl = group.ToDictionary(m => m.Impl);
            var producers = group.Key == Workload.PingPong ? [ProducerStyle.OnePerStep] : Enum.GetValues<ProducerStyle>();
            foreach (var producer in producers)
            {
                var kamaelia = new[] { ComponentStyle.Handler, ComponentStyle.Main }
                    .Select(style => byImpl.GetValueOrDefault(group.Key == Workload.PingPong ? WorkloadFacts.Kamaelia(style, ProducerStyle.Batched) : WorkloadFacts.Kamaelia(style, producer)))
                    .ToArray();
                if (kamaelia.Any(k => k is null))
                {
                    continue;
                }

                var rates = kamaelia.Select(k => Rate(k!)).ToArray();
                var bestPeer = s_peers.Where(byImpl.ContainsKey).Select(p => Rate(byImpl[p])).DefaultIfEmpty(double.NaN).Max();
                var label = group.Key == Workload.PingPong ? "–" : producer == ProducerStyle.Batched ? "1,024 per step" : "1 per step";
                text.Append(CultureInfo.InvariantCulture, $"| {group.Key} | {label} | {Millions(rates[0])} / {Millions(rates[1])} |");
                foreach (var peer in s_peers)
                {
                    text.Append(' ').Append(Pair(rates, byImpl.GetValueOrDefault(peer), static (rate, m) => rate / Rate(m))).Append(" |");
                }

                text.Append(' ').Append(string.Join(" / ", rates.Select(r => Ratio(r / bestPeer)))).Append(" |");
                text.Append(' ').Append(Pair(rates, byImpl.GetValueOrDefault(WorkloadFacts.HandWritten(producer)), static (rate, m) => rate / Rate(m))).Append(" |");
                var floor = byImpl.GetValueOrDefault(Impl.Floor);
                text.Append(' ').Append(floor is null ? "–" : string.Join(" / ", kamaelia.Select(k => Ratio(NsPerHop(k!) / NsPerHop(floor))))).Append(" |");
                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>The threaded-path table.</summary>
    public static string Render(IReadOnlyList<ThreadedMeasurement> measurements)
    {
        var text = new StringBuilder();
        text.AppendLine("| Feed | msgs/s | ns/msg | B/msg | × Channels |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        var channels = measurements.FirstOrDefault(m => m.Feed == Feed.Channels);
        foreach (var m in measurements.OrderBy(m => m.Feed))
        {
            var rate = m.N / m.NsPerOp * 1e9;
            var ratio = channels is null ? "–" : Ratio(rate / (channels.N / channels.NsPerOp * 1e9));
            var bytes = m.BytesPerOp is { } b ? Number(b / m.N) : "?";
            var feed = m.Feed switch
            {
                Feed.TypedHandle => "Handle<int, long>",
                Feed.ThreadedComponentLongQueue => "ThreadedComponent, queue 16,384",
                _ => m.Feed.ToString(),
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {feed} | {Millions(rate)} | {Number(m.NsPerOp / m.N)} | {bytes} | {ratio} |");
        }

        return text.ToString();
    }

    /// <summary>
    /// The CPU-bound pipeline's table: rates, the speed-up over Kamaelia on one scheduler, and each row against the
    /// best peer.
    /// </summary>
    public static string Render(IReadOnlyList<CpuBoundMeasurement> measurements)
    {
        var text = new StringBuilder();
        text.AppendLine("| Implementation | msgs/s | µs/msg | B/msg | process CPU µs/msg | × Kamaelia, 1 scheduler | × best peer |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        double Rate(CpuBoundMeasurement m) => m.N / m.NsPerOp * 1e9;
        var one = measurements.FirstOrDefault(m => m.Impl == CpuBoundImpl.KamaeliaOneScheduler);
        var peers = measurements.Where(m => m.Impl is CpuBoundImpl.Channels or CpuBoundImpl.Dataflow or CpuBoundImpl.Akka).ToList();
        var bestPeer = peers.Count == 0 ? (double?)null : peers.Max(Rate);
        foreach (var m in measurements.OrderBy(m => m.Impl))
        {
            var rate = Rate(m);
            var bytes = m.BytesPerOp is { } b ? Number(b / m.N) : "?";
            var overOne = one is null ? "–" : Ratio(rate / Rate(one));
            var overPeer = bestPeer is { } best ? Ratio(rate / best) : "–";
            var cpu = m.ProcessCpuNsPerOp is { } c ? Number(c / m.N / 1000) : "–";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Impl} | {Millions(rate)} | {Number(m.NsPerOp / m.N / 1000)} | {bytes} | {cpu} | {overOne} | {overPeer} |");
        }

        return text.ToString();
    }

    /// <summary>The scale table.</summary>
    public static string Render(ScaleResult r)
    {
        var text = new StringBuilder();
        text.AppendLine("| Measure | Value |");
        text.AppendLine("|---|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| components (chains of {r.ChainLength}) | {r.Components:N0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| retained heap per component after creation (B) | {r.RetainedAfterCreate:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| retained heap per component after linking (B) | {r.RetainedAfterLink:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| retained heap per idle component, linked and activated (B) | {r.RetainedBytesPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| retained heap per idle component, scheduler waiting in Run() (B) | {r.RetainedWhileWaiting:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| allocated per component, create + link + activate (B) | {r.AllocatedBytesPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| create (ns/component) | {r.CreateNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| link outbox→inbox and signal→control (ns/component) | {r.LinkNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| activate + first step until asleep (ns/component) | {r.ActivateNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| create + activate, the thread's CPU (ns/component) | {r.CreateActivateThreadCpuNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| of which GC pauses (ns/component) | {r.CreateActivateGcPauseNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| create + activate, the first round in a cold process ({r.ColdComponents:N0} components) (ns/component) | {r.ColdCreateActivateNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| shutdown cascade (ns/component) | {r.ShutdownNsPerComponent:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| process CPU while all sleep (% of one core) | {r.IdleCpuPercent:F2} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| scheduler thread's CPU while all sleep (% of one core) | {r.SchedulerIdleCpuPercent:F3} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| one message through a chain of {r.ChainHops:N0}, second trip (ns/hop) | {r.NsPerChainHop:F0} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| allocated by the first trip, each inbox's first buffer (B/hop) | {r.ChainHopAllocatedBytes / r.ChainHops:F1} |");
        return text.ToString();
    }

    /// <summary>Messages per second.</summary>
    public static double Rate(Measurement m) => WorkloadFacts.Messages(m.Workload, m.N) / m.NsPerOp * 1e9;

    /// <summary>Nanoseconds per box-to-box transfer.</summary>
    public static double NsPerHop(Measurement m) => m.NsPerOp / (WorkloadFacts.Messages(m.Workload, m.N) * (double)WorkloadFacts.HopsPerMessage(m.Workload));

    /// <summary>Allocated bytes per message.</summary>
    public static double? BytesPerMessage(Measurement m) => m.BytesPerOp / WorkloadFacts.Messages(m.Workload, m.N);

    private static string Pair(double[] rates, Measurement? other, Func<double, Measurement, double> ratio) =>
        other is null ? "–" : string.Join(" / ", rates.Select(rate => Ratio(ratio(rate, other))));

    private static string Bytes(Measurement m) => BytesPerMessage(m) is { } b ? Number(b) : "?";

    private static string Millions(double rate) => (rate / 1e6).ToString(rate >= 1e7 ? "F1" : "F2", CultureInfo.InvariantCulture) + " M";

    private static string Number(double value) => value switch
    {
        >= 100 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        >= 0.005 => value.ToString("F2", CultureInfo.InvariantCulture),
        _ => "0",
    };

    /// <summary>A ratio as the tables print it: two decimals below 10×, one above.</summary>
    internal static string Ratio(double value) => double.IsNaN(value) ? "–" : value.ToString(value >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture) + "×";
}
