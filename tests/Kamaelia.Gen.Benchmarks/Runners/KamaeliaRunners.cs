using Axon;
using Kamaelia.Chassis;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// Kamaelia.Gen runners. The graph is built and activated once, on a private <see cref="Scheduler"/>, and left
/// asleep; each <see cref="IRunner.Run"/> wakes the sources and steps the scheduler (<see cref="Scheduler.RunPass"/>)
/// until the consumers have everything, so the measurement is the steady state of a long-lived system.
/// </summary>
internal static class KamaeliaRunners
{
    public static IRunner Create(Workload workload, ComponentStyle style, int n) => workload switch
    {
        Workload.TwoStage => new PipelineRunner(style, stages: 0, n),
        Workload.TenStage => new PipelineRunner(style, stages: 10, n),
        Workload.FanOut => new FanOutRunner(style, n),
        Workload.FanIn => new FanInRunner(style, n),
        Workload.PingPong => new PingPongRunner(style, n),
        _ => throw new ArgumentOutOfRangeException(nameof(workload)),
    };

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

    private sealed class PipelineRunner : KamaeliaRunner
    {
        private readonly IntSource _source = new();
        private readonly ISumSink _sink;
        private readonly int _n;
        private readonly Func<bool> _done;

        public PipelineRunner(ComponentStyle style, int stages, int n)
        {
            _n = n;
            var sink = Sink(style);
            _sink = (ISumSink)sink;
            var children = new List<Component> { _source };
            for (var i = 0; i < stages; i++)
            {
                children.Add(Stage(style));
            }

            children.Add(sink);
            new Pipeline([.. children]).Activate(Scheduler);
            Settle(Scheduler);
            _done = () => _sink.Count >= _n;
        }

        public override long Run()
        {
            _sink.Reset();
            _source.Start(_n);
            RunUntil(Scheduler, _done, _n + 10_000L);
            return _sink.Sum;
        }
    }

    private sealed class FanOutRunner : KamaeliaRunner
    {
        private readonly IntSource _source = new();
        private readonly ISumSink[] _sinks;
        private readonly int _n;
        private readonly Func<bool> _done;

        public FanOutRunner(ComponentStyle style, int n)
        {
            _n = n;
            var broadcast = style switch
            {
                ComponentStyle.Handler => (Component)new Broadcast4(),
                ComponentStyle.ValueTaskHandler => new Broadcast4ValueTask(),
                _ => new Broadcast4Main(),
            };
            var fan = (IBroadcast4)broadcast;
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
            RunUntil(Scheduler, _done, _n + 10_000L);
            return _sinks.Sum(s => s.Sum);
        }
    }

    private sealed class FanInRunner : KamaeliaRunner
    {
        private readonly IntSource[] _sources = [.. Enumerable.Range(0, 4).Select(_ => new IntSource { Batch = 256 })];
        private readonly ISumSink _sink;
        private readonly int _n;
        private readonly Func<bool> _done;

        public FanInRunner(ComponentStyle style, int n)
        {
            _n = n;
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

            RunUntil(Scheduler, _done, _n + 10_000L);
            return _sink.Sum;
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
