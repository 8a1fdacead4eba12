namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>How many components the synthetic projects have.</summary>
internal static class ProjectSizes
{
    /// <summary>The benchmarks' project: 1,000 components in 100 files.</summary>
    public const int Benchmark = 1_000;

    /// <summary>Quick mode's project: big enough to hold every kind five times, small enough for seconds.</summary>
    public const int Quick = 50;
}
