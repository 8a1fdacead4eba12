using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>The time one analyzer spent in its own callbacks over the whole project.</summary>
internal sealed record AnalyzerTime(string Analyzer, TimeSpan Time);

/// <summary>
/// Which analyzers cost what, from the analyzer driver's own telemetry. It times each analyzer's callbacks only:
/// the binding of method bodies into operations that the driver does before calling them is not in any
/// analyzer's figure (see <see cref="IdleOperationAnalyzer"/> for that).
/// </summary>
internal static class AnalyzerTimes
{
    /// <summary>Each analyzer's median time over <paramref name="runs"/> runs (after one to warm up), longest first.</summary>
    public static IReadOnlyList<AnalyzerTime> Measure(SyntheticProject project, int runs)
    {
        var samples = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        for (var run = 0; run <= runs; run++)
        {
            // A fresh compilation each run, so that no run finds symbols bound by the one before.
            var compilation = KamaeliaToolchain.Compile(project.Files.Select(KamaeliaToolchain.Parse));
            KamaeliaToolchain.NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var result = output.WithAnalyzers(KamaeliaToolchain.Analyzers, KamaeliaToolchain.AnalyzerOptions(logExecutionTime: true))
                .GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (run == 0)
            {
                continue;
            }

            foreach (var (analyzer, telemetry) in result.AnalyzerTelemetryInfo)
            {
                var name = analyzer.GetType().Name;
                if (!samples.TryGetValue(name, out var times))
                {
                    samples[name] = times = [];
                }

                times.Add(telemetry.ExecutionTime);
            }
        }

        return [.. samples
            .Select(s => new AnalyzerTime(s.Key, s.Value.Order().ElementAt(s.Value.Count / 2)))
            .OrderByDescending(t => t.Time)];
    }
}
