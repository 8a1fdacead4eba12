using System.Diagnostics;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.BuildCost;
using Kamaelia.Gen.Benchmarks.Compilation;
using Kamaelia.Gen.Benchmarks.Components;
using Kamaelia.Gen.Benchmarks.Reporting;
using Kamaelia.Gen.Benchmarks.Runners;
using Kamaelia.Gen.Benchmarks.Scale;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// CI's check: every workload, every implementation and the threaded and scale paths on small N, each run twice
/// with its sum checked, the generator and analyzers on a small synthetic project
/// (<see cref="CompilationQuickCheck"/>), and the build A/B on a smaller one (<see cref="BuildCostQuickCheck"/>). Timings are printed for information only: nothing is asserted about time.
/// </summary>
internal static class QuickMode
{
    public static int Run()
    {
        var total = Stopwatch.StartNew();
        var failures = new List<string>();
        var measurements = new List<Measurement>();
        foreach (var workload in Enum.GetValues<Workload>())
        {
            var n = WorkloadFacts.Normalise(workload, workload == Workload.PingPong ? Sizes.QuickRounds : Sizes.QuickMessages);
            var expected = WorkloadFacts.ExpectedSum(workload, n);
            foreach (var impl in WorkloadFacts.Implementations(workload))
            {
                Check($"{workload}/{impl}", failures, () =>
                {
                    using var runner = WorkloadFacts.Create(workload, impl, n);
                    var (ns, bytes) = (0.0, 0.0);
                    for (var run = 0; run < 3; run++)
                    {
                        var allocated = GC.GetTotalAllocatedBytes(precise: true);
                        var clock = Stopwatch.StartNew();
                        var sum = runner.Run();
                        (ns, bytes) = (clock.Elapsed.TotalNanoseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
                        if (sum != expected)
                        {
                            return $"sum {sum}, expected {expected} (run {run + 1})";
                        }
                    }

                    measurements.Add(new Measurement(workload, impl, n, ns, bytes));
                    return null;
                });
            }
        }

        var threaded = new List<ThreadedMeasurement>();
        foreach (var feed in Enum.GetValues<Feed>())
        {
            Check($"Threaded/{feed}", failures, () => RunChecked(
                () => ThreadedRunners.Create(feed, Sizes.QuickMessages),
                ThreadedRunners.ExpectedSum(Sizes.QuickMessages),
                runs: 2,
                (ns, bytes) => threaded.Add(new ThreadedMeasurement(feed, Sizes.QuickMessages, ns, bytes))));
        }

        var cpuBound = new List<CpuBoundMeasurement>();
        foreach (var impl in Enum.GetValues<CpuBoundImpl>())
        {
            Check($"CpuBoundPipeline/{impl}", failures, () => RunChecked(
                () => CpuBoundRunners.Create(impl, Sizes.QuickCpuBoundMessages),
                CpuBoundRunners.ExpectedSum(Sizes.QuickCpuBoundMessages),
                runs: 3,
                (ns, bytes) => cpuBound.Add(new CpuBoundMeasurement(impl, Sizes.QuickCpuBoundMessages, ns, bytes))));
        }

        ScaleResult? scale = null;
        Check("Scale", failures, () =>
        {
            scale = ScaleRun.Measure(components: 20_000, chainLength: 100, longChain: 2_000, idleWindow: TimeSpan.FromMilliseconds(200));
            return !scale.AllEnded ? "not every component ended after the shutdown cascade"
                : !scale.MessageArrived ? "the message did not come out of the end of the chain"
                : null;
        });

        string? compilation = null;
        Check("Compilation", failures, () =>
        {
            var problem = CompilationQuickCheck.Run(out var summary);
            compilation = problem is null ? summary : null;
            return problem;
        });

        string? buildCost = null;
        Check("Build cost", failures, () =>
        {
            buildCost = BuildCostQuickCheck.Run();
            return null;
        });

        Console.WriteLine();
        Console.WriteLine("Quick mode: small N, timings for information only (no warm-up worth the name; see docs/performance.md).");
        Console.WriteLine();
        Console.WriteLine(ResultTable.RenderSummary(measurements));
        Console.WriteLine(ResultTable.Render(measurements));

        // The chart is drawn (and checked well-formed) from the quick numbers too, so that it cannot rot.
        // It is drawn from the measurements as saved and read back, as --chart-from draws a run on record.
        var savedPath = Path.Combine(Artifacts.Directory, "kamaelia-results-quick.json");
        Directory.CreateDirectory(Artifacts.Directory);
        File.WriteAllText(savedPath, ResultFile.Write(measurements, "quick mode: small N, for information only"));
        var saved = ResultFile.Read(savedPath);
        if (!saved.Measurements.SequenceEqual(measurements))
        {
            failures.Add("Saved results: the measurements read back differ from those written.");
        }

        Artifacts.WriteFile("performance-chart-quick.svg", ResultChart.Render(saved.Measurements, saved.Caption));
        Console.WriteLine(ResultTable.Render(threaded));
        Console.WriteLine($"CPU-bound pipeline (four stages of about 1 µs each: {CpuWork.IterationsPerMicrosecond} multiply-adds here):");
        Console.WriteLine(ResultTable.Render(cpuBound));
        if (scale is not null)
        {
            Console.WriteLine(ResultTable.Render(scale));
        }

        if (compilation is not null)
        {
            Console.WriteLine($"Compilation: {compilation}.");
        }

        if (buildCost is not null)
        {
            Console.WriteLine($"Build A/B: {buildCost}.");
        }

        Console.WriteLine($"Quick mode: {measurements.Count + threaded.Count + cpuBound.Count + (scale is null ? 0 : 1) + (compilation is null ? 0 : 1) + (buildCost is null ? 0 : 1)} checks passed, {failures.Count} failed, in {total.Elapsed.TotalSeconds:F1} s.");
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("FAILED " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Runs a runner <paramref name="runs"/> times, checking each sum, and records the time and allocation of the last
    /// run; returns the problem, or null.
    /// </summary>
    private static string? RunChecked(Func<IRunner> create, long expected, int runs, Action<double, double> record)
    {
        using var runner = create();
        for (var run = 0; run < runs; run++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var sum = runner.Run();
            var elapsed = clock.Elapsed.TotalNanoseconds;
            if (sum != expected)
            {
                return $"sum {sum}, expected {expected} (run {run + 1})";
            }

            if (run == runs - 1)
            {
                record(elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
            }
        }

        return null;
    }

    private static void Check(string name, List<string> failures, Func<string?> check)
    {
        try
        {
            if (check() is { } problem)
            {
                failures.Add($"{name}: {problem}");
            }
        }
        catch (Exception exception)
        {
            failures.Add($"{name}: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
