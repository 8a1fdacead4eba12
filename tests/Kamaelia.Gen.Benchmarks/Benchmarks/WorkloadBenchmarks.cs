using BenchmarkDotNet.Attributes;
using Kamaelia.Gen.Benchmarks.Runners;

namespace Kamaelia.Gen.Benchmarks.Benchmarks;

/// <summary>
/// One workload, every implementation that runs it side by side (the <see cref="Impl"/> parameter). One operation
/// moves all N messages (ping-pong: N round trips) and checks the sum; the table divides by the message and hop
/// counts.
/// </summary>
public abstract class WorkloadBenchmark
{
    private IRunner? _runner;
    private long _expected;

    /// <summary>The implementation measured.</summary>
    [ParamsSource(nameof(Implementations))]
    public Impl Impl { get; set; }

    /// <summary>The implementations that run this workload (in a child process of the suite, the one it measures).</summary>
    public IEnumerable<Impl> Implementations => IsolatedCase.Impl is { } only ? [only] : WorkloadFacts.Implementations(Workload);

    /// <summary>The workload this class measures.</summary>
    public abstract Workload Workload { get; }

    /// <summary>N for this workload.</summary>
    public int N => WorkloadFacts.Normalise(Workload, Workload == Workload.PingPong ? Sizes.Rounds : Sizes.Messages);

    /// <summary>Builds the graph once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _runner = WorkloadFacts.Create(Workload, Impl, N);
        _expected = WorkloadFacts.ExpectedSum(Workload, N);
    }

    /// <summary>Moves N messages and checks the sum.</summary>
    [Benchmark]
    public long Run()
    {
        var sum = _runner!.Run();
        if (sum != _expected)
        {
            throw new InvalidOperationException($"{Workload}/{Impl}: sum {sum}, expected {_expected}.");
        }

        return sum;
    }

    /// <summary>Tears the graph down.</summary>
    [GlobalCleanup]
    public void Cleanup() => _runner?.Dispose();
}

/// <summary>Producer → consumer.</summary>
public class TwoStage : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.TwoStage;
}

/// <summary>Producer → 10 stages (+1 each) → consumer.</summary>
public class TenStage : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.TenStage;
}

/// <summary>Producer → fan-out → 4 consumers.</summary>
public class FanOut : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.FanOut;
}

/// <summary>4 producers → consumer.</summary>
public class FanIn : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.FanIn;
}

/// <summary>Ping-pong between two components.</summary>
public class PingPong : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.PingPong;
}

/// <summary>Producer → splitter → 4 stages (+1 each, round-robin) → consumer.</summary>
public class Diamond : WorkloadBenchmark
{
    /// <inheritdoc />
    public override Workload Workload => Workload.Diamond;
}

/// <summary>The threaded path: a thread feeds a two-stage pipeline.</summary>
public class Threaded
{
    private IRunner? _runner;

    /// <summary>How the messages come in.</summary>
    [ParamsSource(nameof(Feeds))]
    public Feed Feed { get; set; }

    /// <summary>Every feed (in a child process of the suite, the one it measures).</summary>
    public IEnumerable<Feed> Feeds => IsolatedCase.Feed is { } only ? [only] : Enum.GetValues<Feed>();

    /// <summary>Prepares the runner.</summary>
    [GlobalSetup]
    public void Setup() => _runner = ThreadedRunners.Create(Feed, Sizes.ThreadedMessages);

    /// <summary>Moves N messages and checks the sum.</summary>
    [Benchmark]
    public long Run()
    {
        var sum = _runner!.Run();
        var expected = ThreadedRunners.ExpectedSum(Sizes.ThreadedMessages);
        if (sum != expected)
        {
            throw new InvalidOperationException($"Threaded/{Feed}: sum {sum}, expected {expected}.");
        }

        return sum;
    }

    /// <summary>Tears it down.</summary>
    [GlobalCleanup]
    public void Cleanup() => _runner?.Dispose();
}

/// <summary>The CPU-bound pipeline: four stages of about a microsecond of work each, on one and two schedulers and the peers.</summary>
public class CpuBoundPipeline
{
    private IRunner? _runner;

    /// <summary>Who runs it.</summary>
    [ParamsSource(nameof(Implementations))]
    public CpuBoundImpl Impl { get; set; }

    /// <summary>Every implementation (in a child process of the suite, the one it measures).</summary>
    public IEnumerable<CpuBoundImpl> Implementations => IsolatedCase.CpuBound is { } only ? [only] : Enum.GetValues<CpuBoundImpl>();

    /// <summary>Builds the graph once.</summary>
    [GlobalSetup]
    public void Setup() => _runner = CpuBoundRunners.Create(Impl, Sizes.CpuBoundMessages);

    /// <summary>Moves N messages through the four stages and checks the sum.</summary>
    [Benchmark]
    public long Run()
    {
        var sum = _runner!.Run();
        var expected = CpuBoundRunners.ExpectedSum(Sizes.CpuBoundMessages);
        if (sum != expected)
        {
            throw new InvalidOperationException($"CpuBoundPipeline/{Impl}: sum {sum}, expected {expected}.");
        }

        return sum;
    }

    /// <summary>Tears it down.</summary>
    [GlobalCleanup]
    public void Cleanup() => _runner?.Dispose();
}
