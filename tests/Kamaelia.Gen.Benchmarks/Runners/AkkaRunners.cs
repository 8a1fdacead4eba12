using Akka.Actor;
using Akka.Configuration;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// Akka.NET peers: one UntypedActor per stage on the default dispatcher (default throughput settings), messages
/// told by reference; the benchmark thread tells the first actor. One ActorSystem per runner.
/// </summary>
internal static class AkkaRunners
{
    /// <summary>Quiet logging, for every actor system of the benchmarks.</summary>
    internal static readonly Config Config = ConfigurationFactory.ParseString("""
        akka.loglevel = ERROR
        akka.stdout-loglevel = ERROR
        akka.log-dead-letters = off
        akka.log-dead-letters-during-shutdown = off
        akka.log-config-on-start = off
        """);

    public static IRunner Create(Workload workload, int n) => workload switch
    {
        Workload.TwoStage => new PipelineRunner(stages: 0, n),
        Workload.TenStage => new PipelineRunner(stages: 10, n),
        Workload.FanOut => new FanOutRunner(n),
        Workload.FanIn => new FanInRunner(n),
        Workload.PingPong => new PingPongRunner(n),
        Workload.Diamond => new DiamondRunner(n),
        _ => throw new ArgumentOutOfRangeException(nameof(workload)),
    };

    private abstract class AkkaRunner : IRunner
    {
        protected ActorSystem System { get; } = ActorSystem.Create("bench", Config);

        public abstract long Run();

        public void Dispose() => System.Terminate().Wait(TimeSpan.FromSeconds(10));
    }

    private sealed class StageActor(IActorRef next) : UntypedActor
    {
        protected override void OnReceive(object message) => next.Tell((int)message + 1);
    }

    private sealed class SinkActor(SinkState sink) : UntypedActor
    {
        protected override void OnReceive(object message) => sink.Add((int)message);
    }

    private sealed class BroadcastActor(IActorRef[] targets) : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            foreach (var target in targets)
            {
                target.Tell(message);
            }
        }
    }

    private sealed class DealActor(IActorRef[] targets) : UntypedActor
    {
        private int _turn;

        protected override void OnReceive(object message) => targets[_turn++ & 3].Tell(message);
    }

    private sealed record Produce(int Count);

    private sealed class ProducerActor(IActorRef target) : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            var count = ((Produce)message).Count;
            for (var i = 0; i < count; i++)
            {
                target.Tell(i);
            }
        }
    }

    private sealed class PongActor : UntypedActor
    {
        protected override void OnReceive(object message) => Sender.Tell(message);
    }

    private sealed record Serve(IActorRef Ponger, int Rounds);

    private sealed class PingActor(SinkState sink) : UntypedActor
    {
        private IActorRef _ponger = ActorRefs.Nobody;
        private int _rounds;

        protected override void OnReceive(object message)
        {
            if (message is Serve serve)
            {
                (_ponger, _rounds) = (serve.Ponger, serve.Rounds);
                _ponger.Tell(0);
                return;
            }

            // The next ping goes before the count that may complete the run, never after it.
            var value = (int)message;
            if (sink.Count + 1 < _rounds)
            {
                _ponger.Tell(value + 1);
            }

            sink.Add(value);
        }
    }

    /// <summary>The benchmark thread tells 0..N-1 to the first actor; one sink actor adds up what reaches it.</summary>
    private abstract class SingleSinkRunner(int n) : AkkaRunner
    {
        protected SinkState Sink { get; } = new();

        protected abstract IActorRef First { get; }

        public override long Run()
        {
            Sink.Reset(n);
            var first = First;
            for (var i = 0; i < n; i++)
            {
                first.Tell(i, ActorRefs.NoSender);
            }

            SinkState.WaitAll(Sink);
            return Sink.Sum;
        }
    }

    private sealed class PipelineRunner : SingleSinkRunner
    {
        public PipelineRunner(int stages, int n)
            : base(n)
        {
            var next = System.ActorOf(Props.Create(() => new SinkActor(Sink)));
            for (var i = 0; i < stages; i++)
            {
                var target = next;
                next = System.ActorOf(Props.Create(() => new StageActor(target)));
            }

            First = next;
        }

        protected override IActorRef First { get; }
    }

    private sealed class FanOutRunner : AkkaRunner
    {
        private readonly IActorRef _broadcast;
        private readonly SinkState[] _sinks = [.. Enumerable.Range(0, 4).Select(_ => new SinkState())];
        private readonly int _n;

        public FanOutRunner(int n)
        {
            _n = n;
            var consumers = _sinks.Select(sink => System.ActorOf(Props.Create(() => new SinkActor(sink)))).ToArray();
            _broadcast = System.ActorOf(Props.Create(() => new BroadcastActor(consumers)));
        }

        public override long Run()
        {
            foreach (var sink in _sinks)
            {
                sink.Reset(_n);
            }

            for (var i = 0; i < _n; i++)
            {
                _broadcast.Tell(i, ActorRefs.NoSender);
            }

            SinkState.WaitAll(_sinks);
            return _sinks.Sum(s => s.Sum);
        }
    }

    private sealed class DiamondRunner : SingleSinkRunner
    {
        public DiamondRunner(int n)
            : base(n)
        {
            var sink = System.ActorOf(Props.Create(() => new SinkActor(Sink)));
            var stages = Enumerable.Range(0, 4).Select(_ => System.ActorOf(Props.Create(() => new StageActor(sink)))).ToArray();
            First = System.ActorOf(Props.Create(() => new DealActor(stages)));
        }

        protected override IActorRef First { get; }
    }

    private sealed class FanInRunner : AkkaRunner
    {
        private readonly IActorRef[] _producers;
        private readonly SinkState _sink = new();
        private readonly int _n;

        public FanInRunner(int n)
        {
            _n = n;
            var consumer = System.ActorOf(Props.Create(() => new SinkActor(_sink)));
            _producers = [.. Enumerable.Range(0, 4).Select(_ => System.ActorOf(Props.Create(() => new ProducerActor(consumer))))];
        }

        public override long Run()
        {
            _sink.Reset(_n);
            foreach (var producer in _producers)
            {
                producer.Tell(new Produce(_n / 4), ActorRefs.NoSender);
            }

            SinkState.WaitAll(_sink);
            return _sink.Sum;
        }
    }

    private sealed class PingPongRunner : AkkaRunner
    {
        private readonly IActorRef _pinger;
        private readonly IActorRef _ponger;
        private readonly SinkState _sink = new();
        private readonly int _rounds;

        public PingPongRunner(int rounds)
        {
            _rounds = rounds;
            _ponger = System.ActorOf(Props.Create(() => new PongActor()));
            _pinger = System.ActorOf(Props.Create(() => new PingActor(_sink)));
        }

        public override long Run()
        {
            _sink.Reset(_rounds);
            _pinger.Tell(new Serve(_ponger, _rounds), ActorRefs.NoSender);
            SinkState.WaitAll(_sink);
            return _sink.Sum;
        }
    }
}
