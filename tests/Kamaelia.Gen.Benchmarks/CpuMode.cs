using System.Globalization;
using System.Runtime.InteropServices;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// <c>--cpu [workloads] [implementations]</c>: the single-threaded implementations (Kamaelia on one scheduler
/// thread, the hand-written baseline and the floor; all of them unless some are named) timed by the thread's own
/// CPU clock, minimum and median of many runs. On a machine shared with other work this is far steadier than
/// wall-clock time, so it is what the hot-path changes were judged by. Linux only.
/// </summary>
internal static partial class CpuMode
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static int Run(string[] args)
    {
        var named = args.SkipWhile(a => a != "--cpu").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var workloads = named.Where(a => Enum.TryParse<Workload>(a, out _)).Select(Enum.Parse<Workload>).ToList();
        var impls = named.Where(a => Enum.TryParse<Impl>(a, out _)).Select(Enum.Parse<Impl>).ToList();
        if (named.Count != workloads.Count + impls.Count)
        {
            throw new ArgumentException($"--cpu takes workload and implementation names; not: {string.Join(", ", named.Except([.. workloads.Select(w => w.ToString()), .. impls.Select(i => i.ToString())]))}.");
        }

        if (workloads.Count == 0)
        {
            workloads = [.. Enum.GetValues<Workload>()];
        }

        if (impls.Count == 0)
        {
            impls = [.. Enum.GetValues<Impl>().Where(WorkloadFacts.IsSingleThreaded)];
        }

        // The floor first: every row is divided by it.
        impls = [Impl.Floor, .. impls.Where(i => i != Impl.Floor)];
        Console.WriteLine("| Workload | Implementation | min ns/hop (thread CPU) | median ns/hop | min ÷ floor |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var workload in workloads)
        {
            var n = WorkloadFacts.Normalise(workload, workload == Workload.PingPong ? Sizes.Rounds : Sizes.Messages);
            var hops = WorkloadFacts.Messages(workload, n) * (double)WorkloadFacts.HopsPerMessage(workload);
            var expected = WorkloadFacts.ExpectedSum(workload, n);
            var floor = double.NaN;
            foreach (var impl in impls.Where(WorkloadFacts.Implementations(workload).Contains))
            {
                using var runner = WorkloadFacts.Create(workload, impl, n);
                var samples = new List<double>();
                for (var run = 0; run < 25; run++)
                {
                    var before = ThreadCpuNanoseconds();
                    var sum = runner.Run();
                    var elapsed = ThreadCpuNanoseconds() - before;
                    if (sum != expected)
                    {
                        throw new InvalidOperationException($"{workload}/{impl}: sum {sum}, expected {expected}.");
                    }

                    if (run >= 5)
                    {
                        samples.Add(elapsed / hops);
                    }
                }

                samples.Sort();
                var min = samples[0];
                if (impl == Impl.Floor)
                {
                    floor = min;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {workload} | {impl} | {min:F2} | {samples[samples.Count / 2]:F2} | {min / floor:F2}× |"));
            }
        }

        return 0;
    }

    private static long ThreadCpuNanoseconds()
    {
        if (ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
