using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.BuildCost;
using Kamaelia.Gen.Benchmarks.Compilation;
using Kamaelia.Gen.Benchmarks.Reporting;
using Kamaelia.Gen.Benchmarks.Runners;
using Kamaelia.Gen.Benchmarks.Scale;
using Perfolizer.Horology;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// <c>--quick</c>: every workload on small N with its sum checked, in seconds, exit code 1 on a wrong sum (CI).
/// <c>--compile</c>: the generator and analyzers on a 1,000-component project, in process (see Compilation/).
/// <c>--build-cost</c>: what they add to <c>dotnet build</c> of that project, against System.Text.Json's generator (see BuildCost/).
/// <c>--chart-from results.json</c>: the chart again from a run's saved measurements. <c>--scale</c>: only the scale measurement. <c>--case Class Value</c>: one benchmark case (what the suite runs
/// in a child process per case, see <see cref="IsolatedCase"/>). <c>--cpu [workloads] [implementations]</c>: the single-threaded
/// implementations by thread CPU time, each in a process of its own. <c>--cpu-bound</c>: the CPU-bound pipeline on one and two
/// schedulers and the peers, in this process (see <see cref="CpuBoundMode"/>). Otherwise: the BenchmarkDotNet suite <c>--repeat</c> times (3; other arguments, such as
/// <c>--filter *TenStage*</c>, go to BenchmarkDotNet), then the scale measurement (unless <c>--no-scale</c>),
/// then the tables. See docs/performance.md.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            if (args.Contains("--quick"))
            {
                return QuickMode.Run();
            }

            if (args.Contains("--compile"))
            {
                return CompilationRun.Run(args);
            }

            if (args.Contains("--build-cost"))
            {
                return BuildCostRun.Run(args);
            }

            if (args.Contains("--cpu-one"))
            {
                return CpuMode.RunOne(args);
            }

            if (args.Contains("--cpu-bound"))
            {
                return CpuBoundMode.Run(args);
            }

            if (args.Contains("--cpu"))
            {
                return CpuMode.Run(args);
            }

            if (args.Contains("--chart-from"))
            {
                return ChartFrom(args);
            }

            if (args.Contains("--scale"))
            {
                Console.WriteLine(ResultTable.Render(ScaleRun.Measure(Option(args, "--components", 1_000_000), 1_000, 100_000, TimeSpan.FromSeconds(Option(args, "--idle-seconds", 2)))));
                return 0;
            }

            return Full(args);
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine(exception);
            return 1;
        }
    }

    private static int Full(string[] args)
    {
        // What goes on to BenchmarkDotNet (--filter and the like): the arguments less this program's own.
        var bdnArgs = args.Where(a => a is not ("--no-scale" or "--write-docs-chart")).ToList();
        RemoveOption(bdnArgs, "--iterations");
        RemoveOption(bdnArgs, "--components");
        RemoveOption(bdnArgs, "--repeat");
        if (args.Contains("--case"))
        {
            var index = bdnArgs.IndexOf("--case");
            bdnArgs.RemoveRange(index, 3);
            return IsolatedCase.Run(args, Config(args), bdnArgs.Contains("--filter") ? bdnArgs : [.. bdnArgs, "--filter", "*"]);
        }

        // Each case runs in a child process, given the same BenchmarkDotNet arguments and iteration count.
        var caseArgs = bdnArgs.Concat(args.Contains("--iterations") ? ["--iterations", Option(args, "--iterations", 9).ToString(CultureInfo.InvariantCulture)] : []).ToList();

        // The whole suite runs several times and each row keeps the median of the runs' medians: on a machine
        // shared with other work, load comes and goes between benchmarks, and one pass would skew the ratios.
        var repeat = Option(args, "--repeat", 3);
        var runs = new List<Measurement>();
        var threadedRuns = new List<ThreadedMeasurement>();
        var cpuBoundRuns = new List<CpuBoundMeasurement>();
        var failed = false;
        for (var run = 0; run < repeat; run++)
        {
            foreach (var benchmark in IsolatedCase.Classes.Where(c => IsolatedCase.Selected(c, bdnArgs)))
            {
                foreach (var value in IsolatedCase.ValuesOf(benchmark))
                {
                    if (IsolatedCase.RunInChildProcess(benchmark, value, caseArgs) is not var (median, bytes))
                    {
                        Console.Error.WriteLine($"FAILED {benchmark.Name}/{value} (run {run + 1})");
                        failed = true;
                        continue;
                    }

                    if (Activator.CreateInstance(benchmark) is WorkloadBenchmark workload)
                    {
                        runs.Add(new Measurement(workload.Workload, Enum.Parse<Impl>(value), workload.N, median, bytes));
                    }
                    else if (benchmark == typeof(CpuBoundPipeline))
                    {
                        cpuBoundRuns.Add(new CpuBoundMeasurement(Enum.Parse<CpuBoundImpl>(value), Sizes.CpuBoundMessages, median, bytes));
                    }
                    else
                    {
                        threadedRuns.Add(new ThreadedMeasurement(Enum.Parse<Feed>(value), Sizes.ThreadedMessages, median, bytes));
                    }
                }
            }
        }

        var measurements = runs.GroupBy(m => (m.Workload, m.Impl))
            .Select(g => g.First() with { NsPerOp = Statistics.Median(g.Select(m => m.NsPerOp)), BytesPerOp = MedianOrNull(g.Select(m => m.BytesPerOp)) })
            .ToList();
        var threaded = threadedRuns.GroupBy(m => m.Feed)
            .Select(g => g.First() with { NsPerOp = Statistics.Median(g.Select(m => m.NsPerOp)), BytesPerOp = MedianOrNull(g.Select(m => m.BytesPerOp)) })
            .ToList();

        var cpuBound = cpuBoundRuns.GroupBy(m => m.Impl)
            .Select(g => g.First() with { NsPerOp = Statistics.Median(g.Select(m => m.NsPerOp)), BytesPerOp = MedianOrNull(g.Select(m => m.BytesPerOp)) })
            .ToList();

        ScaleResult? scale = null;
        if (!args.Contains("--no-scale"))
        {
            scale = ScaleRun.Measure(Option(args, "--components", 1_000_000), 1_000, 100_000, TimeSpan.FromSeconds(2));
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("Summary (Kamaelia with handler / Main components, both producer styles):");
        text.AppendLine();
        text.AppendLine(ResultTable.RenderSummary(measurements));
        text.AppendLine(CultureInfo.InvariantCulture, $"Message passing (N = {Sizes.Messages:N0} messages, ping-pong {Sizes.Rounds:N0} round trips; each row the median of {repeat} runs of the suite, each run the median of its iterations; the range is the lowest and highest run):");
        text.AppendLine();
        text.AppendLine(ResultTable.Render(measurements, runs));
        if (threaded.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Threaded path (N = {Sizes.ThreadedMessages:N0}, a thread feeding two AddOne stages and a sum):");
            text.AppendLine();
            text.AppendLine(ResultTable.Render(threaded));
        }

        if (cpuBound.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"CPU-bound pipeline (N = {Sizes.CpuBoundMessages:N0}, four stages of about 1 µs of work each):");
            text.AppendLine();
            text.AppendLine(ResultTable.Render(cpuBound));
        }

        if (scale is not null)
        {
            text.AppendLine("Scale:");
            text.AppendLine();
            text.AppendLine(ResultTable.Render(scale));
        }

        Artifacts.WriteTable("kamaelia-table.md", text.ToString());
        var caption = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, N = {Sizes.Messages:N0}; each bar the median of {repeat} runs of the suite");
        Artifacts.WriteFile("kamaelia-results.json", ResultFile.Write(measurements, caption));
        WriteChart(measurements, caption, args.Contains("--write-docs-chart"));
        return failed ? 1 : 0;
    }

    /// <summary><c>--chart-from results.json</c>: draws the chart again from a run's saved measurements.</summary>
    private static int ChartFrom(string[] args)
    {
        var index = Array.IndexOf(args, "--chart-from");
        if (index + 1 >= args.Length)
        {
            throw new ArgumentException("--chart-from takes the path of a run's kamaelia-results.json.");
        }

        var run = ResultFile.Read(args[index + 1]);
        WriteChart(run.Measurements, run.Caption, args.Contains("--write-docs-chart"));
        return 0;
    }

    private static void WriteChart(IReadOnlyList<Measurement> measurements, string caption, bool intoDocs)
    {
        var chart = ResultChart.Render(measurements, caption);
        Artifacts.WriteFile("performance-chart.svg", chart);
        if (intoDocs)
        {
            // docs/performance.md shows this file; a run on record replaces it.
            File.WriteAllText(Path.Combine(Artifacts.RepositoryRoot(), "docs", "performance-chart.svg"), chart);
        }
    }

    /// <summary>The job every case runs with: in-process, 3 warm-up and 9 (--iterations) measured iterations of 250 ms.</summary>
    private static IConfig Config(string[] args)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(Option(args, "--iterations", 9))
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Kamaelia");
        return ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Artifacts.Directory)
            .WithOptions(ConfigOptions.DisableLogFile);
    }


    private static double? MedianOrNull(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToArray();
        return known.Length == 0 ? null : Statistics.Median(known);
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void RemoveOption(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        if (index >= 0)
        {
            args.RemoveRange(index, Math.Min(2, args.Count - index));
        }
    }
}
