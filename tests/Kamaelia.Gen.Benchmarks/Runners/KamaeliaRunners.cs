using Axon;
using Kamaelia.Chassis;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// Kamaelia.Gen runners. The graph is built and activated once, on a private <see cref="Scheduler"/>, and left
/// asleep; each <see cref="IRunner.Run"/> wakes the sources and steps the scheduler (<see cref="Scheduler.RunPass"/>)
/// until the consumers have everything, so the measurement is the steady state of a long-lived system. The
/// producers are the same <see cref="IntSource"/> in every style, sending up to 1,024 numbers per step or one.
/// </summary>
internal static class KamaeliaRunners
{
    public static IRunner Create(Workload workload, ComponentStyle style, ProducerStyle producer, int n)
    {
        var batch = producer == ProducerStyle.Batched ? WorkloadFacts.BatchPerStep : 1;
        return workload switch
        {
            Workload.TwoStage => new PipelineRunner(style, stages: 0, batch, n),
            Workload.TenStage => new PipelineRunner(style, stages: 10, batch, n),
            Workload.FanOut => new FanOutRunner(style, batch, n),
            Workload.FanIn => new FanInRunner(style, Math.Max(1, batch / 4), n),
            Workload.PingPong => new PingPongRunner(style, n),
            Workload.Diamond => new DiamondRunner(style, batch, n),
            _ => throw new ArgumentOutOfRangeException(nameof(workload)),
        };
    }

    private static Component Stage(ComponentStyle style) => style switch
    {
        ComponentStyle.Handler => new AddOne(),
        ComponentStyle.ValueTaskHandler => new AddOneValueTask(),
        _ => new AddOneMain(),
    };

    private static Component Sink(ComponentStyle style) => style switch
    {
        ComponentStyle.Handler => new SumSink(),
        ComponentStyle.ValueTaskHandler => new SumSinkValueTask(),
        _ => new SumSinkMain(),
    };

    /// <summary>Runs passes until every component sleeps (after activation).</summary>
    private static void Settle(Scheduler scheduler)
    {
        for (var i = 0; i < 10_000 && scheduler.HasRunnableComponents; i++)
        {
            scheduler.RunPass();
        }
    }

    private static Component OneToFour(ComponentStyle style, Workload workload) => (workload, style) switch
    {
        (Workload.FanOut, ComponentStyle.Handler) => new Broadcast4(),
        (Workload.FanOut, ComponentStyle.ValueTaskHandler) => new Broadcast4ValueTask(),
        (Workload.FanOut, _) => new Broadcast4Main(),
        (_, ComponentStyle.Handler) => new Deal4(),
        (_, ComponentStyle.ValueTaskHandler) => new Deal4ValueTask(),
        _ => new Deal4Main(),
    };

    /// <summary>Passes a run may take before it counts as stuck: a pass per message and hop, and some.</summary>
    private static long PassBound(int n, int hops) => ((long)n * hops) + 10_000L;

    /// <summary>Runs passes until <paramref name="done"/>; throws rather than spin forever if it never is.</summary>
    private static void RunUntil(Scheduler scheduler, Func<bool> done, long maxPasses)
    {
        for (long pass = 0; !done(); pass++)
        {
            if (pass > maxPasses)
            {
                throw new InvalidOperationException($"The workload did not complete within {maxPasses} passes.");
            }

            scheduler.RunPass();
        }
    }

    private abstract class KamaeliaRunner : IRunner
    {
        protected Scheduler Scheduler { get; } = new() { Strict = false };

        public abstract long Run();

        public void Dispose() => Scheduler.Stop();
    }

    /// <summary>One source, one consumer that adds up what reaches it, and whatever the subclass puts between.</summary>
    private abstract class SourceToSinkRunner : KamaeliaRunner
    {
        private readonly ISumSink _sink;
        private readonly int _n;
        private readonly int _hops;
        private readonly Func<bool> _done;

        protected SourceToSinkRunner(ComponentStyle style, int batch, int n, int hops)
        {
            (_n, _hops) = (n, hops);
            Source = new IntSource { Batch = batch };
            SinkComponent = Sink(style);
            _sink = (ISumSink)SinkComponent;
            _done = () => _sink.Count >= _n;
        }

        protected IntSource Source { get; }

        protected Component SinkComponent { get; }

        public override long Run()
        {
            _sink.Reset();
            Source.Start(_n);
            RunUntil(Scheduler, _done, PassBound(_n, _hops));
            return _sink.Sum;
        }
    }

    private sealed class PipelineRunner : SourceToSinkRunner
    {
        public PipelineRunner(ComponentStyle style, int stages, int batch, int n)
            : base(style, batch, n, hops: stages + 1)
        {
            var children = new List<Component> { Source };
            for (var i = 0; i < stages; i++)
            {
                children.Add(Stage(style));
            }

            children.Add(SinkComponent);
            new Pipeline([.. children]).Activate(Scheduler);
            Settle(Scheduler);
        }
    }

    private sealed class FanOutRunner : KamaeliaRunner
    {
        private readonly IntSource _source;
        private readonly ISumSink[] _sinks;
        private readonly int _n;
        private readonly Func<bool> _done;

        public FanOutRunner(ComponentStyle style, int batch, int n)
        {
            _n = n;
            _source = new IntSource { Batch = batch };
            var broadcast = OneToFour(style, Workload.FanOut);
            var fan = (IOneToFour)broadcast;
            var sinks = Enumerable.Range(0, 4).Select(_ => Sink(style)).ToArray();
            _sinks = [.. sinks.Cast<ISumSink>()];
            _source.Link(_source.Output, fan.Input);
            var outputs = fan.Outputs;
            for (var i = 0; i < 4; i++)
            {
                broadcast.Link(outputs[i], _sinks[i].Input);
            }

            _source.Activate(Scheduler);
            broadcast.Activate(Scheduler);
            foreach (var sink in sinks)
            {
                sink.Activate(Scheduler);
            }

            Settle(Scheduler);
            _done = () => _sinks[3].Count >= _n;
        }

        public override long Run()
        {
            foreach (var sink in _sinks)
            {
                sink.Reset();
            }

            _source.Start(_n);
            RunUntil(Scheduler, _done, PassBound(_n, 2));
            return _sinks.Sum(s => s.Sum);
        }
    }

    private sealed class FanInRunner : KamaeliaRunner
    {
        private readonly IntSource[] _sources;
        private readonly ISumSink _sink;
        private readonly int _n;
        private readonly Func<bool> _done;

        public FanInRunner(ComponentStyle style, int batchEach, int n)
        {
            _n = n;
            _sources = [.. Enumerable.Range(0, 4).Select(_ => new IntSource { Batch = batchEach })];
            var sink = Sink(style);
            _sink = (ISumSink)sink;
            foreach (var source in _sources)
            {
                source.Link(source.Output, _sink.Input);
                source.Activate(Scheduler);
            }

            sink.Activate(Scheduler);
            Settle(Scheduler);
            _done = () => _sink.Count >= _n;
        }

        public override long Run()
        {
            _sink.Reset();
            foreach (var source in _sources)
            {
                source.Start(_n / 4);
            }

            RunUntil(Scheduler, _done, PassBound(_n, 1));
            return _sink.Sum;
        }
    }

    private sealed class DiamondRunner : SourceToSinkRunner
    {
        public DiamondRunner(ComponentStyle style, int batch, int n)
            : base(style, batch, n, hops: 3)
        {
            var splitter = OneToFour(style, Workload.Diamond);
            Source.Link(Source.Output, ((IOneToFour)splitter).Input);
            var stages = new Component[4];
            for (var i = 0; i < 4; i++)
            {
                stages[i] = Stage(style);
                splitter.Link((splitter, $"out{i}"), (stages[i], "inbox"));
                splitter.Link((stages[i], "outbox"), (SinkComponent, "inbox"));
            }

            foreach (var component in (Component[])[Source, splitter, .. stages, SinkComponent])
            {
                component.Activate(Scheduler);
            }

            Settle(Scheduler);
        }
    }

    private sealed class PingPongRunner : KamaeliaRunner
    {
        private readonly IPinger _pinger;
        private readonly int _rounds;
        private readonly Func<bool> _done;

        public PingPongRunner(ComponentStyle style, int rounds)
        {
            _rounds = rounds;
            var pinger = style switch
            {
                ComponentStyle.Handler => (Component)new Pinger(),
                ComponentStyle.ValueTaskHandler => new PingerValueTask(),
                _ => new PingerMain(),
            };
            var ponger = style switch
            {
                ComponentStyle.Handler => (Component)new Ponger(),
                ComponentStyle.ValueTaskHandler => new PongerValueTask(),
                _ => new PongerMain(),
            };
            _pinger = (IPinger)pinger;
            pinger.Link((pinger, "outbox"), (ponger, "inbox"));
            pinger.Link((ponger, "outbox"), (pinger, "inbox"));
            pinger.Activate(Scheduler);
            ponger.Activate(Scheduler);
            Settle(Scheduler);
            _done = () => _pinger.Count >= _rounds;
        }

        public override long Run()
        {
            _pinger.Start(_rounds);
            RunUntil(Scheduler, _done, (4L * _rounds) + 10_000L);
            return _pinger.Sum;
        }
    }
}
