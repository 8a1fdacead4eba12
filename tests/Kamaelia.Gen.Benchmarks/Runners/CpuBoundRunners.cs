using System.Threading.Channels;
using System.Threading.Tasks.Dataflow;
using Akka.Actor;
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>Who runs the CPU-bound pipeline (a producer, four stages of about a microsecond of work each, a sum).</summary>
public enum CpuBoundImpl
{
    /// <summary>Kamaelia.Gen on a scheduler group of one scheduler: the whole pipeline on one thread.</summary>
    KamaeliaOneScheduler,

    /// <summary>Kamaelia.Gen on a scheduler group of two: the pipeline spread, two stages on each scheduler.</summary>
    KamaeliaTwoSchedulers,

    /// <summary>System.Threading.Channels: unbounded channels, a task per stage.</summary>
    Channels,

    /// <summary>TPL Dataflow: a TransformBlock per stage with MaxDegreeOfParallelism = processor count, as a user sets it for CPU work.</summary>
    Dataflow,

    /// <summary>Akka.NET: an actor per stage on the default dispatcher.</summary>
    Akka,
}

/// <summary>
/// The CPU-bound pipeline: what running one system over several cores buys. Every implementation builds its graph
/// once and keeps it (the steady state); the benchmark thread starts each run and waits for the sum.
/// </summary>
public static class CpuBoundRunners
{
    /// <summary>Stages between the producer and the sum.</summary>
    public const int Stages = 4;

    /// <summary>The sum the end of the pipeline must see for <paramref name="n"/> numbers through the four stages.</summary>
    public static long ExpectedSum(int n) => ((long)n * (n - 1) / 2) + ((long)Stages * n);

    /// <summary>Creates the runner.</summary>
    public static IRunner Create(CpuBoundImpl impl, int n) => impl switch
    {
        CpuBoundImpl.KamaeliaOneScheduler => new KamaeliaRunner(schedulers: 1, n),
        CpuBoundImpl.KamaeliaTwoSchedulers => new KamaeliaRunner(schedulers: 2, n),
        CpuBoundImpl.Channels => new ChannelsRunner(n),
        CpuBoundImpl.Dataflow => new DataflowRunner(n),
        CpuBoundImpl.Akka => new AkkaRunner(n),
        _ => throw new ArgumentOutOfRangeException(nameof(impl)),
    };

    /// <summary>
    /// A Pipeline of the source, the four stages and the sum, spread over the group (with two schedulers: the source
    /// and two stages on one, two stages and the sum on the other), the group running on its own threads throughout.
    /// </summary>
    private sealed class KamaeliaRunner : IRunner
    {
        private readonly SchedulerGroup _group;
        private readonly IntSource _source = new();
        private readonly SignallingSumSink _sink = new();
        private readonly Task _running;
        private readonly int _n;

        public KamaeliaRunner(int schedulers, int n)
        {
            _n = n;
            _group = new SchedulerGroup(schedulers);
            Component[] chain = [_source, .. Enumerable.Range(0, Stages).Select(_ => new WorkingAddOne()), _sink];
            _group.Spread(chain);
            var pipeline = _group.Place(new Pipeline(chain), 0);
            _running = Task.Factory.StartNew(() => _group.Run(pipeline), TaskCreationOptions.LongRunning);
        }

        public long Run()
        {
            _sink.Reset(_n);
            _source.Start(_n);
            return _sink.WaitForSum();
        }

        public void Dispose()
        {
            foreach (var scheduler in _group.Schedulers)
            {
                scheduler.Stop();
            }

            _running.Wait(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>A peer: the benchmark thread hands 0..N-1 to the first stage, one at a time, and waits for the sum.</summary>
    private abstract class PeerRunner(int n) : IRunner
    {
        protected SinkState Sink { get; } = new();

        public long Run()
        {
            Sink.Reset(n);
            for (var i = 0; i < n; i++)
            {
                Hand(i);
            }

            SinkState.WaitAll(Sink);
            return Sink.Sum;
        }

        public abstract void Dispose();

        /// <summary>Gives one number to the first stage.</summary>
        protected abstract void Hand(int number);
    }

    private sealed class ChannelsRunner : PeerRunner
    {
        private readonly Channel<int> _first = ChannelsRunners.NewChannel();
        private readonly List<Task> _loops = [];

        public ChannelsRunner(int n)
            : base(n)
        {
            var current = _first;
            for (var i = 0; i < Stages; i++)
            {
                var next = ChannelsRunners.NewChannel();
                var (reader, writer) = (current.Reader, next.Writer);
                _loops.Add(Task.Run(() => WorkingStageLoop(reader, writer)));
                current = next;
            }

            var last = current.Reader;
            _loops.Add(Task.Run(() => ChannelsRunners.SinkLoop(last, Sink)));
        }

        protected override void Hand(int number) => _first.Writer.TryWrite(number);

        public override void Dispose()
        {
            _first.Writer.TryComplete();
            Task.WaitAll([.. _loops], TimeSpan.FromSeconds(10));
        }

        private static async Task WorkingStageLoop(ChannelReader<int> reader, ChannelWriter<int> writer)
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var value))
                {
                    writer.TryWrite(CpuWork.AddOneWorking(value));
                }
            }

            writer.TryComplete();
        }
    }

    private sealed class DataflowRunner : PeerRunner
    {
        private readonly TransformBlock<int, int> _first;
        private readonly ActionBlock<int> _last;

        public DataflowRunner(int n)
            : base(n)
        {
            // What a user sets for CPU-bound blocks: as many at once as there are cores (order kept, the default).
            var parallel = new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            var propagate = new DataflowLinkOptions { PropagateCompletion = true };
            _first = new TransformBlock<int, int>(CpuWork.AddOneWorking, parallel);
            var previous = _first;
            for (var i = 1; i < Stages; i++)
            {
                var next = new TransformBlock<int, int>(CpuWork.AddOneWorking, parallel);
                previous.LinkTo(next, propagate);
                previous = next;
            }

            _last = new ActionBlock<int>(Sink.Add);
            previous.LinkTo(_last, propagate);
        }

        protected override void Hand(int number) => _first.Post(number);

        public override void Dispose()
        {
            _first.Complete();
            _last.Completion.Wait(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class AkkaRunner : PeerRunner
    {
        private readonly ActorSystem _system = ActorSystem.Create("cpu-bound", AkkaRunners.Config);
        private readonly IActorRef _first;

        public AkkaRunner(int n)
            : base(n)
        {
            var sink = Sink;
            var next = _system.ActorOf(Props.Create(() => new SinkActor(sink)));
            for (var i = 0; i < Stages; i++)
            {
                var target = next;
                next = _system.ActorOf(Props.Create(() => new WorkingStageActor(target)));
            }

            _first = next;
        }

        protected override void Hand(int number) => _first.Tell(number);

        public override void Dispose() => _system.Terminate().Wait(TimeSpan.FromSeconds(10));

        private sealed class WorkingStageActor(IActorRef next) : UntypedActor
        {
            protected override void OnReceive(object message) => next.Tell(CpuWork.AddOneWorking((int)message));
        }

        private sealed class SinkActor(SinkState sink) : UntypedActor
        {
            protected override void OnReceive(object message) => sink.Add((int)message);
        }
    }
}
