namespace Kamaelia.Gen.Benchmarks.Benchmarks;

/// <summary>How much each operation moves.</summary>
public static class Sizes
{
    /// <summary>Messages per operation of the throughput workloads (full run).</summary>
    public const int Messages = 1_000_000;

    /// <summary>Round trips per operation of ping-pong (full run).</summary>
    public const int Rounds = 20_000;

    /// <summary>Messages per operation of the threaded path (full run).</summary>
    public const int ThreadedMessages = 1_000_000;

    /// <summary>Messages per operation of the CPU-bound pipeline (full run): about 0.4 s of work on one core.</summary>
    public const int CpuBoundMessages = 100_000;

    /// <summary>Messages per operation of the CPU-bound pipeline in quick mode.</summary>
    public const int QuickCpuBoundMessages = 5_000;

    /// <summary>Messages per operation in quick mode.</summary>
    public const int QuickMessages = 20_000;

    /// <summary>Round trips per operation in quick mode.</summary>
    public const int QuickRounds = 2_000;
}
