using System.Diagnostics;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.Components;
using Kamaelia.Gen.Benchmarks.Reporting;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// <c>--cpu-bound [--messages N] [--runs R]</c>: the CPU-bound pipeline alone, every implementation in this process
/// one after the other, each the median of R runs (5) after one warm-up run, sums checked. A quicker look than the
/// suite's BenchmarkDotNet case, for the speed-up from one scheduler to two. It also gives the process's CPU time per
/// message (every thread, the peers' thread-pool threads too): what each implementation spends beyond the work itself
/// (4 µs a message), a figure that load from other processes disturbs far less than wall time.
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
            var cpuTimes = new List<double>();
            var process = Process.GetCurrentProcess();
            for (var run = 0; run <= runs; run++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var sum = runner.Run();
                var elapsed = clock.Elapsed.TotalNanoseconds;
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuBefore).TotalNanoseconds;
                if (sum != expected)
                {
                    Console.Error.WriteLine($"FAILED CpuBoundPipeline/{impl}: sum {sum}, expected {expected}.");
                    return 1;
                }

                if (run > 0)
                {
                    times.Add(elapsed);
                    cpuTimes.Add(cpu);
                }
            }

            measurements.Add(new CpuBoundMeasurement(impl, n, Statistics.Median(times), null, Statistics.Median(cpuTimes)));
        }

        Console.WriteLine($"CPU-bound pipeline, N = {n:N0}, four stages of about 1 µs ({CpuWork.IterationsPerMicrosecond} multiply-adds), {Environment.ProcessorCount} cores; each row the median of {runs} runs:");
        Console.WriteLine();
        Console.WriteLine(ResultTable.Render(measurements));
        return 0;
    }
}
