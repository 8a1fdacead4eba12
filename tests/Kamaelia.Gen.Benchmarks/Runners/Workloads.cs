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

    /// <summary>
    /// A producer, a splitter that deals the messages round-robin to four stages that each add one, and a consumer
    /// that all four feed: three hops per message.
    /// </summary>
    Diamond,
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

    /// <summary><see cref="KamaeliaHandler"/> with a producer that sends one message per step.</summary>
    KamaeliaHandlerOnePerStep,

    /// <summary><see cref="KamaeliaMain"/> with a producer that sends one message per step.</summary>
    KamaeliaMainOnePerStep,

    /// <summary><see cref="KamaeliaValueTaskHandler"/> with a producer that sends one message per step.</summary>
    KamaeliaValueTaskHandlerOnePerStep,

    /// <summary>
    /// <see cref="KamaeliaHandlerOnePerStep"/> while a listener takes every instrument of the "Kamaelia" meter: what
    /// metrics cost when someone listens (TwoStage and TenStage only).
    /// </summary>
    KamaeliaHandlerOnePerStepMetered,

    /// <summary>
    /// The hand-written cooperative baseline: C# iterators on a minimal round-robin scheduler with Axon's pause and
    /// wake rules, joined by ring buffers; the producer sends one message per step.
    /// </summary>
    HandWritten,

    /// <summary><see cref="HandWritten"/> with a producer that sends up to 1,024 messages per step.</summary>
    HandWrittenBatched,

    /// <summary>System.Threading.Channels: unbounded channels, one task per stage.</summary>
    Channels,

    /// <summary>TPL Dataflow: TransformBlock/ActionBlock chains.</summary>
    Dataflow,

    /// <summary>Akka.NET actors.</summary>
    Akka,

    /// <summary>The floor: a bare loop moving the messages through ring buffers of the same topology.</summary>
    Floor,
}

/// <summary>How many messages a producer sends per step.</summary>
public enum ProducerStyle
{
    /// <summary>Up to 1,024 per step (a quarter of that each for the four fan-in producers).</summary>
    Batched,

    /// <summary>One per step, the way most Kamaelia components are written (readers, event-driven sources).</summary>
    OnePerStep,
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

    /// <summary>Messages a batching producer sends per step (split evenly between the four fan-in producers).</summary>
    public const int BatchPerStep = 1024;

    /// <summary>Box-to-box transfers per message.</summary>
    public static int HopsPerMessage(Workload workload) => workload switch
    {
        Workload.TenStage => 11,
        Workload.FanOut => 5,
        Workload.Diamond => 3,
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
        Workload.Diamond => Triangle(n) + n,
        _ => throw new ArgumentOutOfRangeException(nameof(workload)),
    };

    /// <summary>N must split evenly for fan-in.</summary>
    public static int Normalise(Workload workload, int n) => workload == Workload.FanIn ? n / 4 * 4 : n;

    /// <summary>
    /// The implementations that run a workload: ping-pong has no producer, so the one-per-step variants (and the
    /// batching baseline) would repeat the rows they vary.
    /// </summary>
    public static IEnumerable<Impl> Implementations(Workload workload) =>
        Enum.GetValues<Impl>().Where(impl =>
            (workload != Workload.PingPong || !(IsOnePerStepVariant(impl) || impl == Impl.HandWrittenBatched))
            && (impl != Impl.KamaeliaHandlerOnePerStepMetered || workload is Workload.TwoStage or Workload.TenStage));

    /// <summary>The single-threaded implementations: Kamaelia on one scheduler, the hand-written baseline, the floor.</summary>
    public static bool IsSingleThreaded(Impl impl) => impl is not (Impl.Channels or Impl.Dataflow or Impl.Akka);

    /// <summary>The Kamaelia runners whose producer sends one message per step.</summary>
    public static bool IsOnePerStepVariant(Impl impl) =>
        impl is Impl.KamaeliaHandlerOnePerStep or Impl.KamaeliaMainOnePerStep or Impl.KamaeliaValueTaskHandlerOnePerStep or Impl.KamaeliaHandlerOnePerStepMetered;

    /// <summary>The Kamaelia implementation with components written in <paramref name="style"/> and the given producer.</summary>
    public static Impl Kamaelia(ComponentStyle style, ProducerStyle producer) => (style, producer) switch
    {
        (ComponentStyle.Handler, ProducerStyle.Batched) => Impl.KamaeliaHandler,
        (ComponentStyle.Main, ProducerStyle.Batched) => Impl.KamaeliaMain,
        (ComponentStyle.ValueTaskHandler, ProducerStyle.Batched) => Impl.KamaeliaValueTaskHandler,
        (ComponentStyle.Handler, _) => Impl.KamaeliaHandlerOnePerStep,
        (ComponentStyle.Main, _) => Impl.KamaeliaMainOnePerStep,
        _ => Impl.KamaeliaValueTaskHandlerOnePerStep,
    };

    /// <summary>The hand-written baseline with the given producer.</summary>
    public static Impl HandWritten(ProducerStyle producer) => producer == ProducerStyle.Batched ? Impl.HandWrittenBatched : Impl.HandWritten;

    /// <summary>Creates the runner of a workload for an implementation, with N messages (rounds for ping-pong).</summary>
    public static IRunner Create(Workload workload, Impl impl, int n) => impl switch
    {
        Impl.KamaeliaHandler => KamaeliaRunners.Create(workload, ComponentStyle.Handler, ProducerStyle.Batched, n),
        Impl.KamaeliaMain => KamaeliaRunners.Create(workload, ComponentStyle.Main, ProducerStyle.Batched, n),
        Impl.KamaeliaValueTaskHandler => KamaeliaRunners.Create(workload, ComponentStyle.ValueTaskHandler, ProducerStyle.Batched, n),
        Impl.KamaeliaHandlerOnePerStep => KamaeliaRunners.Create(workload, ComponentStyle.Handler, ProducerStyle.OnePerStep, n),
        Impl.KamaeliaMainOnePerStep => KamaeliaRunners.Create(workload, ComponentStyle.Main, ProducerStyle.OnePerStep, n),
        Impl.KamaeliaValueTaskHandlerOnePerStep => KamaeliaRunners.Create(workload, ComponentStyle.ValueTaskHandler, ProducerStyle.OnePerStep, n),
        Impl.KamaeliaHandlerOnePerStepMetered => new MeteredRunner(KamaeliaRunners.Create(workload, ComponentStyle.Handler, ProducerStyle.OnePerStep, n)),
        Impl.HandWritten => HandWrittenRunners.Create(workload, ProducerStyle.OnePerStep, n),
        Impl.HandWrittenBatched => HandWrittenRunners.Create(workload, ProducerStyle.Batched, n),
        Impl.Channels => ChannelsRunners.Create(workload, n),
        Impl.Dataflow => DataflowRunners.Create(workload, n),
        Impl.Akka => AkkaRunners.Create(workload, n),
        Impl.Floor => FloorRunners.Create(workload, n),
        _ => throw new ArgumentOutOfRangeException(nameof(impl)),
    };

    private static long Triangle(long n) => n * (n - 1) / 2;
}
