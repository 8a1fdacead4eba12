using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kamaelia.Gen.Benchmarks.Reporting;
using Perfolizer.Horology;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// <c>--compile</c>: runs <see cref="GeneratorBenchmarks"/> and <see cref="CompileTimeBenchmarks"/>, times each
/// analyzer, and prints the ratios docs/performance.md keeps, checked against the target that the generator and
/// analyzers together add at most 10 % to the compile time. <c>--iterations N</c> sets the measured iterations.
/// </summary>
internal static class CompilationRun
{
    private const double TargetExtra = 0.10;

    public static int Run(string[] args)
    {
        var index = Array.IndexOf(args, "--iterations");
        var iterations = index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : 5;
        var job = Job.Default
            // A compile of the whole project takes seconds: on a loaded machine a benchmark outlasts the default timeout.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(500))
            .WithId("Compile");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Artifacts.Directory)
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = new[] { BenchmarkRunner.Run<GeneratorBenchmarks>(config), BenchmarkRunner.Run<CompileTimeBenchmarks>(config) };
        if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success || r.ResultStatistics is null)))
        {
            Console.Error.WriteLine("A benchmark failed; no table.");
            return 1;
        }

        var reports = summaries.SelectMany(s => s.Reports).ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal);
        var analyzers = AnalyzerTimes.Measure(SyntheticProject.Create(ProjectSizes.Benchmark), runs: 3);
        var text = Render(reports, analyzers, iterations);
        Artifacts.WriteTable("compile-table.md", text);
        return 0;
    }

    private static string Render(Dictionary<string, BenchmarkReport> reports, IReadOnlyList<AnalyzerTime> analyzers, int iterations)
    {
        double Ms(string name) => reports[name].ResultStatistics!.Median / 1e6;
        string Mb(string name) => reports[name].GcStats.GetBytesAllocatedPerOperation(reports[name].BenchmarkCase) is { } bytes
            ? (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture)
            : "?";
        string Row(string label, string name, string ratio) =>
            string.Create(CultureInfo.InvariantCulture, $"| {label} | {Ms(name):F1} | {Mb(name)} | {ratio} |");

        var full = Ms(nameof(GeneratorBenchmarks.FullRun));
        var plain = Ms(nameof(CompileTimeBenchmarks.PlainDiagnostics));
        var with = Ms(nameof(CompileTimeBenchmarks.WithGeneratorAndAnalyzersDiagnostics));
        var idle = Ms(nameof(CompileTimeBenchmarks.PlainWithIdleAnalyzerDiagnostics));
        var plainEmit = Ms(nameof(CompileTimeBenchmarks.PlainEmit));
        var withEmit = Ms(nameof(CompileTimeBenchmarks.WithGeneratorAndAnalyzersEmit));
        var extra = (with / plain) - 1;
        var callbacks = analyzers.Sum(a => a.Time.TotalMilliseconds);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"Project: {ProjectSizes.Benchmark:N0} components in {ProjectSizes.Benchmark / ComponentTemplates.Kinds} files; single-threaded compilation and analysis; medians of {iterations} iterations.");
        text.AppendLine();
        text.AppendLine("| Operation | ms | MB allocated | ratio |");
        text.AppendLine("|---|---:|---:|---:|");
        text.AppendLine(Row("Generator, full run (fresh driver, fresh compilation)", nameof(GeneratorBenchmarks.FullRun), "1.00× full run"));
        text.AppendLine(Row("Generator, after an edit in a method body", nameof(GeneratorBenchmarks.AfterMethodBodyEdit), Ratio(Ms(nameof(GeneratorBenchmarks.AfterMethodBodyEdit)) / full, "full run")));
        text.AppendLine(Row("Generator, after a box renamed", nameof(GeneratorBenchmarks.AfterBoxRename), Ratio(Ms(nameof(GeneratorBenchmarks.AfterBoxRename)) / full, "full run")));
        text.AppendLine(Row("(i) Compile, generated code as plain source: diagnostics", nameof(CompileTimeBenchmarks.PlainDiagnostics), "1.00× (i)"));
        text.AppendLine(Row("(i) + an idle operation analyzer: diagnostics", nameof(CompileTimeBenchmarks.PlainWithIdleAnalyzerDiagnostics), Ratio(idle / plain, "(i)")));
        text.AppendLine(Row("(ii) Generator + compile + analyzers: diagnostics", nameof(CompileTimeBenchmarks.WithGeneratorAndAnalyzersDiagnostics), Ratio(with / plain, "(i)")));
        text.AppendLine(Row("(i) Compile and emit", nameof(CompileTimeBenchmarks.PlainEmit), "1.00× (i) emit"));
        text.AppendLine(Row("(ii) Generator + analyzers + emit", nameof(CompileTimeBenchmarks.WithGeneratorAndAnalyzersEmit), Ratio(withEmit / plainEmit, "(i) emit")));
        text.AppendLine();
        text.AppendLine("Extra compile time, as a share of (i):");
        text.AppendLine();
        text.AppendLine("| Part | ms | % of (i) |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine(Share("generator and analyzers, (ii) − (i)", with - plain, plain));
        text.AppendLine(Share("generator (its full run)", full, plain));
        text.AppendLine(Share("analyzers, with the driver's binding, (ii) − (i) − generator", with - plain - full, plain));
        text.AppendLine(Share("of which the binding any operation analyzer costs (idle analyzer − (i))", idle - plain, plain));
        text.AppendLine(Share("of which the analyzers' own callbacks (telemetry)", callbacks, plain));
        text.AppendLine(Share("whole build with emit, (ii) − (i)", withEmit - plainEmit, plainEmit));
        text.AppendLine();
        text.AppendLine("Analyzers by time in their own callbacks (median of 3 runs):");
        text.AppendLine();
        text.AppendLine("| Analyzer | ms | % of (i) |");
        text.AppendLine("|---|---:|---:|");
        foreach (var analyzer in analyzers.Take(5))
        {
            text.AppendLine(Share(analyzer.Analyzer, analyzer.Time.TotalMilliseconds, plain));
        }

        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Target: generator + analyzers ≤ {TargetExtra:P0} extra. Diagnostics: {extra:P1} extra, {(extra <= TargetExtra ? "met" : "missed")}; whole build with emit: {(withEmit / plainEmit) - 1:P1} extra, {((withEmit / plainEmit) - 1 <= TargetExtra ? "met" : "missed")}."));
        return text.ToString();
    }

    private static string Ratio(double ratio, string of) => string.Create(CultureInfo.InvariantCulture, $"{ratio:F3}× {of}");

    private static string Share(string part, double ms, double whole) =>
        string.Create(CultureInfo.InvariantCulture, $"| {part} | {ms:F1} | {ms / whole:P1} |");
}
