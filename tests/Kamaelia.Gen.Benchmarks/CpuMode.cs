using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// <c>--cpu [workloads] [implementations]</c>: the CPU time each implementation spends per hop, minimum and median
/// of many runs: the single-threaded ones (Kamaelia on one scheduler thread, the hand-written baseline, the floor;
/// all of them unless some are named) by the thread's own CPU clock, the multi-threaded peers (only when named) by
/// the process's, which adds up all their threads. On a machine shared with other work this is far steadier than
/// wall-clock time, so it is what the hot-path changes were judged by; for the peers it is their cost in CPU, not
/// their speed (they can use both cores). Each implementation runs in a process of its own (<c>--cpu-one workload
/// implementation</c>): in one process, the tiered JIT would shape the components the variants share by whichever
/// ran first. Linux only.
/// </summary>
internal static class CpuMode
{
    private const int MeasuredRuns = 20;
    private const int WarmUpRuns = 5;

    // Warm-up lasts at least this long, so that the tiered JIT has compiled the final code before the measured runs
    // (a short workload, such as ping-pong, would otherwise be measured in its first tiers).
    private static readonly TimeSpan s_warmUpTime = TimeSpan.FromSeconds(2);

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
        Console.WriteLine("| Workload | Implementation | min ns/hop (CPU: thread, or process for a peer) | median ns/hop | min ÷ floor |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var workload in workloads)
        {
            var floor = double.NaN;
            foreach (var impl in impls.Where(WorkloadFacts.Implementations(workload).Contains))
            {
                var (min, median) = MeasureInChildProcess(workload, impl);
                if (impl == Impl.Floor)
                {
                    floor = min;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {workload} | {impl} | {min:F2} | {median:F2} | {min / floor:F2}× |"));
            }
        }

        return 0;
    }

    /// <summary><c>--cpu-one workload implementation</c>: measures one implementation and prints "min median" (ns/hop).</summary>
    public static int RunOne(string[] args)
    {
        var index = Array.IndexOf(args, "--cpu-one");
        var (min, median) = Measure(Enum.Parse<Workload>(args[index + 1]), Enum.Parse<Impl>(args[index + 2]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{min:R} {median:R}"));
        return 0;
    }

    private static (double Min, double Median) MeasureInChildProcess(Workload workload, Impl impl)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            // Started as "dotnet Kamaelia.Gen.Benchmarks.dll": the child needs the assembly too.
            start.ArgumentList.Add(typeof(CpuMode).Assembly.Location);
        }

        foreach (var argument in (string[])["--cpu-one", workload.ToString(), impl.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measuring process.");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var fields = output.Trim().Split(' ');
        if (child.ExitCode != 0 || fields.Length != 2)
        {
            throw new InvalidOperationException($"{workload}/{impl}: the measuring process failed (exit code {child.ExitCode}): {output}");
        }

        return (double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static (double Min, double Median) Measure(Workload workload, Impl impl)
    {
        var n = WorkloadFacts.Normalise(workload, workload == Workload.PingPong ? Sizes.Rounds : Sizes.Messages);
        var hops = WorkloadFacts.Messages(workload, n) * (double)WorkloadFacts.HopsPerMessage(workload);
        var expected = WorkloadFacts.ExpectedSum(workload, n);
        using var runner = WorkloadFacts.Create(workload, impl, n);
        var clock = WorkloadFacts.IsSingleThreaded(impl) ? CpuClocks.CurrentThread : CpuClocks.Process;
        var samples = new List<double>();
        var warmUp = Stopwatch.StartNew();
        for (var run = 0; samples.Count < MeasuredRuns; run++)
        {
            var before = CpuClocks.Nanoseconds(clock);
            var sum = runner.Run();
            var elapsed = CpuClocks.Nanoseconds(clock) - before;
            if (sum != expected)
            {
                throw new InvalidOperationException($"{workload}/{impl}: sum {sum}, expected {expected}.");
            }

            if (run >= WarmUpRuns && warmUp.Elapsed >= s_warmUpTime)
            {
                samples.Add(elapsed / hops);
            }
        }

        samples.Sort();
        return (samples[0], samples[samples.Count / 2]);
    }
}
