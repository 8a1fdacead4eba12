using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Kamaelia.Gen.Benchmarks.Reporting;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>The build A/B as docs/performance.md keeps it: medians of each variant and the ratios B ÷ A.</summary>
internal static class BuildCostTable
{
    /// <summary>The issue's target: the generator and analyzers add no more than System.Text.Json's generator does, about 5 %.</summary>
    public const double TargetExtra = 0.05;

    public static string Render(IReadOnlyList<BuildPair> pairs, IReadOnlyList<BuildSample> samples, int passes, string load)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {load}.");
        text.AppendLine(string.Join("; ", pairs.Select(p => $"{p.Name}: {p.GeneratedFiles:N0} generated files")) + ".");
        text.AppendLine(CultureInfo.InvariantCulture, $"`dotnet build` (Debug), compiler server warm, {passes} interleaved passes; medians, ratio B ÷ A of the medians, and the lowest and highest of the passes' own ratios; wall time, and processor time of the build and the compiler server.");
        text.AppendLine();
        text.AppendLine("| Project | Change before the build | A plain, s | B as written, s | B ÷ A, whole build | passes' range | B ÷ A, compiler task (Csc) | A plain, CPU s | B as written, CPU s | B ÷ A, CPU | passes' range, CPU |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var extras = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            foreach (var change in Enum.GetValues<BuildChange>())
            {
                var plain = samples.Where(s => s.Project == pair.Name && s.Change == change && !s.AsWritten).ToList();
                var asWritten = samples.Where(s => s.Project == pair.Name && s.Change == change && s.AsWritten).ToList();
                var ratio = Median(asWritten, t => t.Elapsed) / Median(plain, t => t.Elapsed);
                var perPass = plain.Join(asWritten, s => s.Pass, s => s.Pass, (a, b) => b.Timing.Elapsed / a.Timing.Elapsed).ToList();
                var compileRatio = Median(asWritten, t => t.Compile) / Median(plain, t => t.Compile);
                var cpuRatio = Median(asWritten, t => t.Cpu) / Median(plain, t => t.Cpu);
                var cpuPerPass = plain.Join(asWritten, s => s.Pass, s => s.Pass, (a, b) => b.Timing.Cpu / a.Timing.Cpu).ToList();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {pair.Name} | {Describe(change)} | {Median(plain, t => t.Elapsed):F2} | {Median(asWritten, t => t.Elapsed):F2} | {ratio:F3}× | {perPass.Min():F2}–{perPass.Max():F2}× | {compileRatio:F3}× | {Median(plain, t => t.Cpu):F2} | {Median(asWritten, t => t.Cpu):F2} | {cpuRatio:F3}× | {cpuPerPass.Min():F2}–{cpuPerPass.Max():F2}× |");

                // Judged by processor time: on a machine shared with other work, wall time says more about the
                // moment than about the build.
                (extras.TryGetValue(pair.Name, out var list) ? list : extras[pair.Name] = []).Add(cpuRatio - 1);
            }
        }

        text.AppendLine();
        if (extras.TryGetValue(BuildPairs.KamaeliaName, out var kamaelia))
        {
            var worst = kamaelia.Max();
            var reference = extras.TryGetValue(BuildPairs.JsonName, out var json) ? string.Create(CultureInfo.InvariantCulture, $"; System.Text.Json's generator in the same passes: {json.Min():P1} to {json.Max():P1}") : "";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"Target: the Kamaelia.Gen generator and analyzers add ≤ {TargetExtra:P0} to a build. Processor time of the whole build: {kamaelia.Min():P1} to {worst:P1}, {(worst <= TargetExtra ? "met" : "missed")}{reference}."));
        }

        return text.ToString();
    }

    private static string Describe(BuildChange change) => change switch
    {
        BuildChange.Touch => "one file touched, no change",
        BuildChange.BodyEdit => "a statement in a method body",
        _ => change.ToString(),
    };

    private static double Median(IEnumerable<BuildSample> samples, Func<BuildTiming, TimeSpan> time) =>
        Statistics.Median(samples.Select(s => time(s.Timing).TotalSeconds));
}
