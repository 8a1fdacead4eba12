using System.Runtime.InteropServices;

namespace Kamaelia.Gen.Benchmarks;

/// <summary>
/// The kernel's CPU-time clocks (Linux): the process's (all its threads), the calling thread's, and another
/// thread's, read with nanosecond resolution rather than the scheduler ticks that /proc reports.
/// </summary>
internal static partial class CpuClocks
{
    /// <summary>CLOCK_PROCESS_CPUTIME_ID.</summary>
    public const int Process = 2;

    /// <summary>CLOCK_THREAD_CPUTIME_ID: the calling thread's.</summary>
    public const int CurrentThread = 3;

    /// <summary>The CPU time a clock has counted, in nanoseconds.</summary>
    public static long Nanoseconds(int clock)
    {
        if (ClockGetTime(clock, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime({clock}) failed.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    /// <summary>The calling thread's CPU clock as a clock id that any thread can read.</summary>
    public static int OfCallingThread()
    {
        var error = GetCpuClockId(PThreadSelf(), out var clock);
        return error == 0 ? clock : throw new InvalidOperationException($"pthread_getcpuclockid failed with {error}.");
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [LibraryImport("libc", EntryPoint = "pthread_self")]
    private static partial nuint PThreadSelf();

    [LibraryImport("libc", EntryPoint = "pthread_getcpuclockid")]
    private static partial int GetCpuClockId(nuint thread, out int clock);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
