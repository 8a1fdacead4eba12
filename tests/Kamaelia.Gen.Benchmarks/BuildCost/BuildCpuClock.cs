using System.Globalization;
using System.Runtime.InteropServices;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// The processor time a <c>dotnet build</c> spends, wherever it runs: in the build's own process tree (this
/// process's reaped children, from <c>getrusage(RUSAGE_CHILDREN)</c>) and in the compiler server (which outlives
/// the build, so it is read from <c>/proc</c>). The generator and analyzers run in the server. Unlike wall time, it
/// does not count the moments the build waited for a core that other work held, so it is the measure that a
/// machine shared with other builds leaves steady. Linux only; elsewhere it reads zero.
/// </summary>
internal static partial class BuildCpuClock
{
    private const int ChildrenUsage = -1; // RUSAGE_CHILDREN
    private const double ClockTicksPerSecond = 100; // USER_HZ, the unit of /proc/<pid>/stat's times on Linux

    /// <summary>The processor time reaped children and every compiler server have used so far.</summary>
    public static TimeSpan Now() => OperatingSystem.IsLinux() ? ReapedChildren() + CompilerServers() : TimeSpan.Zero;

    private static TimeSpan ReapedChildren()
    {
        if (GetResourceUsage(ChildrenUsage, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return ToTimeSpan(usage.UserTime) + ToTimeSpan(usage.SystemTime);
    }

    private static TimeSpan CompilerServers()
    {
        var ticks = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(directory), out _)
                    || !File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("VBCSCompiler", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command name, which is in parentheses and may contain spaces: utime and stime
                // are the 14th and 15th fields of the line, the 12th and 13th after ") ".
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's process: not this build's server.
            }
        }

        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    private static TimeSpan ToTimeSpan(TimeValue value) => TimeSpan.FromTicks((value.Seconds * TimeSpan.TicksPerSecond) + (value.Microseconds * 10));

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }

    // struct rusage: two timevals, then fourteen longs this class does not read.
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public TimeValue UserTime;
        public TimeValue SystemTime;
        public unsafe fixed long Rest[14];
    }
}
