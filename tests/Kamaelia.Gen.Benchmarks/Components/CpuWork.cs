using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>
/// About a microsecond of CPU work per message, the same in every implementation of the CPU-bound pipeline: a chain
/// of multiply-adds whose length is calibrated once per process, so the work keeps its size on another machine.
/// </summary>
public static class CpuWork
{
    // Written only when a chain ends in zero (practically never): enough that the JIT must run every chain, with
    // no shared cache line written per message.
    private static int s_zeroes;

    /// <summary>The multiply-adds that take about a microsecond here (measured at start-up, best of five).</summary>
    public static int IterationsPerMicrosecond { get; } = Calibrate();

    /// <summary>A pipeline stage's work: about a microsecond of CPU, then the number plus one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AddOneWorking(int value)
    {
        if (Chain(value, IterationsPerMicrosecond) == 0)
        {
            Interlocked.Increment(ref s_zeroes);
        }

        return value + 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint Chain(int value, int iterations)
    {
        var hash = (uint)value;
        for (var i = 0; i < iterations; i++)
        {
            hash = (hash * 2654435761u) + 0x9E3779B9u;
        }

        return hash;
    }

    private static int Calibrate()
    {
        const int Iterations = 1_000_000;
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            if (Chain(run, Iterations) == 0)
            {
                Interlocked.Increment(ref s_zeroes);
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds);
        }

        return Math.Max(1, (int)(Iterations / best));
    }
}
