using System.Diagnostics;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.Components;
using Kamaelia.Gen.Benchmarks.Reporting;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// <c>--cpu-bound [--messages N] [--runs R]</c>: the CPU-bound pipeline alone, every implementation in this process
/// one after the other, each the median of R runs (5) after one warm-up run, sums checked. A quicker look than the
/// suite's BenchmarkDotNet case, for the speed-up from one scheduler to two.
/// </summary>
internal static class CpuBoundMode
{
    public static int Run(string[] args)
    {
        var n = Program.Option(args, "--messages", Sizes.CpuBoundMessages);
        var runs = Program.Option(args, "--runs", 5);
        var expected = CpuBoundRunners.ExpectedSum(n);
        var measurements = new List<CpuBoundMeasurement>();
        foreach (var impl in Enum.GetValues<CpuBoundImpl>())
        {
            using var runner = CpuBoundRunners.Create(impl, n);
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var sum = runner.Run();
                if (sum != expected)
                {
                    Console.Error.WriteLine($"FAILED CpuBoundPipeline/{impl}: sum {sum}, expected {expected}.");
                    return 1;
                }

                if (run > 0)
                {
                    times.Add(clock.Elapsed.TotalNanoseconds);
                }
            }

            measurements.Add(new CpuBoundMeasurement(impl, n, Statistics.Median(times), null));
        }

        Console.WriteLine($"CPU-bound pipeline, N = {n:N0}, four stages of about 1 µs ({CpuWork.IterationsPerMicrosecond} multiply-adds), {Environment.ProcessorCount} cores; each row the median of {runs} runs:");
        Console.WriteLine();
        Console.WriteLine(ResultTable.Render(measurements));
        return 0;
    }
}
