using System.Threading.Tasks.Dataflow;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// TPL Dataflow peers: TransformBlock stages, ActionBlock consumers, a BroadcastBlock for fan-out, an ActionBlock
/// dealing round-robin for the diamond, all with the default (unbounded, ordered, one at a time) options; the
/// benchmark thread posts.
/// </summary>
internal static class DataflowRunners
{
    private static readonly DataflowLinkOptions s_propagate = new() { PropagateCompletion = true };

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

    /// <summary>The benchmark thread posts 0..N-1 to the first block; one ActionBlock adds up what reaches it.</summary>
    private abstract class SingleSinkRunner : IRunner
    {
        private readonly int _n;

        protected SingleSinkRunner(int n)
        {
            _n = n;
            Last = new ActionBlock<int>(Sink.Add);
        }

        protected SinkState Sink { get; } = new();

        protected ActionBlock<int> Last { get; }

        protected abstract ITargetBlock<int> First { get; }

        public long Run()
        {
            Sink.Reset(_n);
            var first = First;
            for (var i = 0; i < _n; i++)
            {
                first.Post(i);
            }

            SinkState.WaitAll(Sink);
            return Sink.Sum;
        }

        public void Dispose()
        {
            First.Complete();
            Last.Complete();
            Last.Completion.Wait(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class PipelineRunner : SingleSinkRunner
    {
        public PipelineRunner(int stages, int n)
            : base(n)
        {
            ITargetBlock<int> next = Last;
            for (var i = 0; i < stages; i++)
            {
                var stage = new TransformBlock<int, int>(static value => value + 1);
                stage.LinkTo(next, s_propagate);
                next = stage;
            }

            First = next;
        }

        protected override ITargetBlock<int> First { get; }
    }

    private sealed class FanOutRunner : IRunner
    {
        private readonly BroadcastBlock<int> _broadcast = new(null);
        private readonly SinkState[] _sinks = [.. Enumerable.Range(0, 4).Select(_ => new SinkState())];
        private readonly ActionBlock<int>[] _consumers;
        private readonly int _n;

        public FanOutRunner(int n)
        {
            _n = n;
            _consumers = [.. _sinks.Select(sink => new ActionBlock<int>(sink.Add))];
            foreach (var consumer in _consumers)
            {
                _broadcast.LinkTo(consumer, s_propagate);
            }
        }

        public long Run()
        {
            foreach (var sink in _sinks)
            {
                sink.Reset(_n);
            }

            for (var i = 0; i < _n; i++)
            {
                _broadcast.Post(i);
            }

            SinkState.WaitAll(_sinks);
            return _sinks.Sum(s => s.Sum);
        }

        public void Dispose()
        {
            _broadcast.Complete();
            Task.WaitAll([.. _consumers.Select(c => c.Completion)], TimeSpan.FromSeconds(10));
        }
    }

    private sealed class DiamondRunner : SingleSinkRunner
    {
        public DiamondRunner(int n)
            : base(n)
        {
            var branches = new TransformBlock<int, int>[4];
            for (var i = 0; i < branches.Length; i++)
            {
                branches[i] = new TransformBlock<int, int>(static value => value + 1);
                branches[i].LinkTo(Last);
            }

            // One message at a time (the default), so the turn needs no lock.
            var turn = 0;
            First = new ActionBlock<int>(value => branches[turn++ & 3].Post(value));
        }

        protected override ITargetBlock<int> First { get; }
    }

    private sealed class FanInRunner : IRunner
    {
        private readonly SinkState _sink = new();
        private readonly ActionBlock<int> _consumer;
        private readonly int _n;

        public FanInRunner(int n)
        {
            _n = n;
            _consumer = new ActionBlock<int>(_sink.Add);
        }

        public long Run()
        {
            _sink.Reset(_n);
            var each = _n / 4;
            var producers = new Task[4];
            for (var p = 0; p < 4; p++)
            {
                producers[p] = Task.Run(() =>
                {
                    for (var i = 0; i < each; i++)
                    {
                        _consumer.Post(i);
                    }
                });
            }

            Task.WaitAll(producers);
            SinkState.WaitAll(_sink);
            return _sink.Sum;
        }

        public void Dispose()
        {
            _consumer.Complete();
            _consumer.Completion.Wait(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class PingPongRunner : IRunner
    {
        private readonly ActionBlock<int> _pinger;
        private readonly ActionBlock<int> _ponger;
        private readonly SinkState _sink = new();
        private readonly int _rounds;

        public PingPongRunner(int rounds)
        {
            _rounds = rounds;
            _ponger = new ActionBlock<int>(value => _pinger!.Post(value));
            _pinger = new ActionBlock<int>(value =>
            {
                // The next ping goes before the count that may complete the run, never after it.
                if (_sink.Count + 1 < _rounds)
                {
                    _ponger.Post(value + 1);
                }

                _sink.Add(value);
            });
        }

        public long Run()
        {
            _sink.Reset(_rounds);
            _ponger.Post(0);
            SinkState.WaitAll(_sink);
            return _sink.Sum;
        }

        public void Dispose()
        {
            _pinger.Complete();
            _ponger.Complete();
        }
    }
}
