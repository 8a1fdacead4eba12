namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>The message-passing workloads, each run by every <see cref="Impl"/> on the same messages.</summary>
public enum Workload
{
    /// <summary>A producer sends 0..N-1 to a consumer that adds them up.</summary>
    TwoStage,

    /// <summary>A producer, ten stages that each add one, and a consumer: eleven hops per message.</summary>
    TenStage,

    /// <summary>A producer, a fan-out stage that copies each message to four consumers: five hops per message.</summary>
    FanOut,

    /// <summary>Four producers, N/4 messages each, into one consumer.</summary>
    FanIn,

    /// <summary>Two components send one message back and forth: latency, one message in flight.</summary>
    PingPong,
}

/// <summary>Who runs the workload.</summary>
public enum Impl
{
    /// <summary>Kamaelia.Gen, components written with [Handles] (the generator writes the loop).</summary>
    KamaeliaHandler,

    /// <summary>Kamaelia.Gen, components written as Axon-style Main iterators.</summary>
    KamaeliaMain,

    /// <summary>Kamaelia.Gen, [Handles] components whose handlers return an already completed ValueTask.</summary>
    KamaeliaValueTaskHandler,

    /// <summary>System.Threading.Channels: unbounded channels, one task per stage.</summary>
    Channels,

    /// <summary>TPL Dataflow: TransformBlock/ActionBlock chains.</summary>
    Dataflow,

    /// <summary>Akka.NET actors.</summary>
    Akka,

    /// <summary>The floor: a bare loop moving the messages through ring buffers of the same topology.</summary>
    Floor,
}

/// <summary>How the Kamaelia.Gen components of a workload are written.</summary>
public enum ComponentStyle
{
    /// <summary>Axon-style Main iterators.</summary>
    Main,

    /// <summary>[Handles] methods returning void.</summary>
    Handler,

    /// <summary>[Handles] methods returning a ValueTask that has already completed.</summary>
    ValueTaskHandler,
}

/// <summary>One prepared run of a workload: <see cref="Run"/> moves the messages once and returns the checked total.</summary>
public interface IRunner : IDisposable
{
    /// <summary>Moves every message of one operation and returns the sum the consumers saw.</summary>
    long Run();
}

/// <summary>What each workload moves, and the sum that proves it was moved.</summary>
public static class WorkloadFacts
{
    /// <summary>Messages per operation (N; for ping-pong, two per round trip).</summary>
    public static long Messages(Workload workload, int n) => workload == Workload.PingPong ? 2L * n : n;

    /// <summary>Box-to-box transfers per message.</summary>
    public static int HopsPerMessage(Workload workload) => workload switch
    {
        Workload.TenStage => 11,
        Workload.FanOut => 5,
        _ => 1,
    };

    /// <summary>The sum the consumers must see.</summary>
    public static long ExpectedSum(Workload workload, int n) => workload switch
    {
        Workload.TwoStage => Triangle(n),
        Workload.TenStage => Triangle(n) + (10L * n),
        Workload.FanOut => 4 * Triangle(n),
        Workload.FanIn => 4 * Triangle(n / 4),
        Workload.PingPong => Triangle(n),
        _ => throw new ArgumentOutOfRangeException(nameof(workload)),
    };

    /// <summary>N must split evenly for fan-in.</summary>
    public static int Normalise(Workload workload, int n) => workload == Workload.FanIn ? n / 4 * 4 : n;

    /// <summary>Creates the runner of a workload for an implementation, with N messages (rounds for ping-pong).</summary>
    public static IRunner Create(Workload workload, Impl impl, int n) => impl switch
    {
        Impl.KamaeliaHandler => KamaeliaRunners.Create(workload, ComponentStyle.Handler, n),
        Impl.KamaeliaMain => KamaeliaRunners.Create(workload, ComponentStyle.Main, n),
        Impl.KamaeliaValueTaskHandler => KamaeliaRunners.Create(workload, ComponentStyle.ValueTaskHandler, n),
        Impl.Channels => ChannelsRunners.Create(workload, n),
        Impl.Dataflow => DataflowRunners.Create(workload, n),
        Impl.Akka => AkkaRunners.Create(workload, n),
        Impl.Floor => FloorRunners.Create(workload, n),
        _ => throw new ArgumentOutOfRangeException(nameof(impl)),
    };

    private static long Triangle(long n) => n * (n - 1) / 2;
}
