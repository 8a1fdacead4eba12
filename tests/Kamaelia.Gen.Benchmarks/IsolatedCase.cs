using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Kamaelia.Gen.Benchmarks.Benchmarks;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// One benchmark case (a workload class and one implementation, or the threaded path and one feed) run by
/// BenchmarkDotNet in a process of its own: with the in-process toolchain, cases that share components (the same
/// stages behind both producer styles, the same sink in every workload) would otherwise run with the code the tiered
/// JIT shaped for whichever case came first. The parent starts <c>--case Class Value</c>; the child restricts the
/// class's parameter to that value and prints its result on one line.
/// </summary>
internal static class IsolatedCase
{
    private const string ResultMarker = "KAMAELIA-RESULT";

    /// <summary>In a child: the only implementation its workload class measures.</summary>
    public static Impl? Impl { get; private set; }

    /// <summary>In a child: the only feed the threaded class measures.</summary>
    public static Feed? Feed { get; private set; }

    /// <summary>In a child: the only implementation the CPU-bound pipeline class measures.</summary>
    public static CpuBoundImpl? CpuBound { get; private set; }

    /// <summary>The classes of the suite, in the order they run.</summary>
    public static IReadOnlyList<Type> Classes { get; } =
        [typeof(TwoStage), typeof(TenStage), typeof(FanOut), typeof(FanIn), typeof(PingPong), typeof(Diamond), typeof(Threaded), typeof(CpuBoundPipeline)];

    /// <summary>The parameter values of a class: the implementations of its workload, the feeds, or the CPU-bound implementations.</summary>
    public static IEnumerable<string> ValuesOf(Type benchmark) =>
        Activator.CreateInstance(benchmark) is WorkloadBenchmark workload
            ? WorkloadFacts.Implementations(workload.Workload).Select(i => i.ToString())
            : benchmark == typeof(CpuBoundPipeline) ? Enum.GetNames<CpuBoundImpl>() : Enum.GetNames<Feed>();

    /// <summary>True when BenchmarkDotNet's <c>--filter</c> globs (none: everything) select the class's benchmark.</summary>
    public static bool Selected(Type benchmark, IReadOnlyList<string> bdnArgs)
    {
        var globs = bdnArgs.SkipWhile(a => a != "--filter").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var name = $"{benchmark.FullName}.{nameof(WorkloadBenchmark.Run)}";
        return globs.Count == 0 || globs.Any(glob =>
            Regex.IsMatch(name, "^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase));
    }

    /// <summary>
    /// Runs one case in a child process; returns its median time and allocation per operation, or null when it
    /// failed (the child's output is passed on).
    /// </summary>
    public static (double MedianNs, double? BytesPerOp)? RunInChildProcess(Type benchmark, string value, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            // Started as "dotnet Kamaelia.Gen.Benchmarks.dll": the child needs the assembly too.
            start.ArgumentList.Add(typeof(IsolatedCase).Assembly.Location);
        }

        foreach (var argument in (string[])["--case", benchmark.Name, value, .. args])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark process.");
        string? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultMarker, StringComparison.Ordinal))
            {
                result = line;
            }
            else
            {
                Console.WriteLine(line);
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0 || result?.Split('\t') is not [_, var median, var bytes])
        {
            return null;
        }

        return (double.Parse(median, CultureInfo.InvariantCulture), bytes == "?" ? null : double.Parse(bytes, CultureInfo.InvariantCulture));
    }

    /// <summary>In the child: runs the one case given by <c>--case Class Value</c> and prints its result.</summary>
    public static int Run(string[] args, IConfig config, IReadOnlyList<string> bdnArgs)
    {
        var index = Array.IndexOf(args, "--case");
        var benchmark = Classes.Single(c => c.Name == args[index + 1]);
        var value = args[index + 2];
        if (benchmark == typeof(Threaded))
        {
            Feed = Enum.Parse<Feed>(value);
        }
        else if (benchmark == typeof(CpuBoundPipeline))
        {
            CpuBound = Enum.Parse<CpuBoundImpl>(value);
        }
        else
        {
            Impl = Enum.Parse<Impl>(value);
        }

        var summary = BenchmarkSwitcher.FromTypes([benchmark]).Run([.. bdnArgs], config).Single();
        var report = summary.Reports.SingleOrDefault();
        if (summary.HasCriticalValidationErrors || report is not { Success: true, ResultStatistics: { } stats })
        {
            return 1;
        }

        var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ResultMarker}\t{stats.Median:R}\t{(bytes is { } b ? b.ToString("R", CultureInfo.InvariantCulture) : "?")}"));
        return 0;
    }
}
