using System.Threading.Channels;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// System.Threading.Channels peers: unbounded channels (SingleReader where there is one reader), one long-lived
/// async loop per stage; the benchmark thread is the producer.
/// </summary>
internal static class ChannelsRunners
{
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

    internal static Channel<int> NewChannel(bool singleReader = true) =>
        Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = singleReader });

    internal static async Task StageLoop(ChannelReader<int> reader, ChannelWriter<int> writer, int add)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var value))
            {
                writer.TryWrite(value + add);
            }
        }

        writer.TryComplete();
    }

    internal static async Task SinkLoop(ChannelReader<int> reader, SinkState sink)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var value))
            {
                sink.Add(value);
            }
        }
    }

    /// <summary>The benchmark thread writes 0..N-1 into the first channel; one consumer adds up what reaches it.</summary>
    internal abstract class SingleSinkRunner(int n) : IRunner
    {
        protected Channel<int> First { get; } = NewChannel();

        protected SinkState Sink { get; } = new();

        protected List<Task> Loops { get; } = [];

        public long Run()
        {
            Sink.Reset(n);
            var writer = First.Writer;
            for (var i = 0; i < n; i++)
            {
                writer.TryWrite(i);
            }

            SinkState.WaitAll(Sink);
            return Sink.Sum;
        }

        public void Dispose()
        {
            First.Writer.TryComplete();
            Task.WaitAll([.. Loops], TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>Producer, <c>stages</c> stages adding one, consumer; also used by the threaded-path comparison.</summary>
    internal sealed class PipelineRunner : SingleSinkRunner
    {
        public PipelineRunner(int stages, int n)
            : base(n)
        {
            var current = First;
            for (var i = 0; i < stages; i++)
            {
                var next = NewChannel();
                var (reader, writer) = (current.Reader, next.Writer);
                Loops.Add(Task.Run(() => StageLoop(reader, writer, 1)));
                current = next;
            }

            var last = current.Reader;
            Loops.Add(Task.Run(() => SinkLoop(last, Sink)));
        }
    }

    private sealed class FanOutRunner : IRunner
    {
        private readonly Channel<int> _first = NewChannel();
        private readonly Channel<int>[] _outputs = [.. Enumerable.Range(0, 4).Select(_ => NewChannel())];
        private readonly SinkState[] _sinks = [.. Enumerable.Range(0, 4).Select(_ => new SinkState())];
        private readonly List<Task> _loops = [];
        private readonly int _n;

        public FanOutRunner(int n)
        {
            _n = n;
            _loops.Add(Task.Run(Broadcast));
            for (var i = 0; i < 4; i++)
            {
                var (reader, sink) = (_outputs[i].Reader, _sinks[i]);
                _loops.Add(Task.Run(() => SinkLoop(reader, sink)));
            }
        }

        public long Run()
        {
            foreach (var sink in _sinks)
            {
                sink.Reset(_n);
            }

            var writer = _first.Writer;
            for (var i = 0; i < _n; i++)
            {
                writer.TryWrite(i);
            }

            SinkState.WaitAll(_sinks);
            return _sinks.Sum(s => s.Sum);
        }

        public void Dispose()
        {
            _first.Writer.TryComplete();
            Task.WaitAll([.. _loops], TimeSpan.FromSeconds(10));
        }

        private async Task Broadcast()
        {
            var reader = _first.Reader;
            var (w0, w1, w2, w3) = (_outputs[0].Writer, _outputs[1].Writer, _outputs[2].Writer, _outputs[3].Writer);
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var value))
                {
                    w0.TryWrite(value);
                    w1.TryWrite(value);
                    w2.TryWrite(value);
                    w3.TryWrite(value);
                }
            }

            foreach (var output in _outputs)
            {
                output.Writer.TryComplete();
            }
        }
    }

    /// <summary>Producer, a task dealing round-robin to four stage tasks, one channel that all four write to, consumer.</summary>
    private sealed class DiamondRunner : SingleSinkRunner
    {
        private readonly Channel<int>[] _branches = [.. Enumerable.Range(0, 4).Select(_ => NewChannel())];

        public DiamondRunner(int n)
            : base(n)
        {
            var joined = NewChannel();
            Loops.Add(Task.Run(Deal));
            foreach (var branch in _branches)
            {
                var (reader, writer) = (branch.Reader, joined.Writer);
                Loops.Add(Task.Run(() => StageLoop(reader, writer, 1)));
            }

            Loops.Add(Task.Run(() => SinkLoop(joined.Reader, Sink)));
        }

        private async Task Deal()
        {
            var reader = First.Reader;
            var writers = _branches.Select(b => b.Writer).ToArray();
            var turn = 0;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var value))
                {
                    writers[turn++ & 3].TryWrite(value);
                }
            }

            foreach (var writer in writers)
            {
                writer.TryComplete();
            }
        }
    }

    private sealed class FanInRunner : IRunner
    {
        private readonly Channel<int> _channel = NewChannel();
        private readonly SinkState _sink = new();
        private readonly Task _loop;
        private readonly int _n;

        public FanInRunner(int n)
        {
            _n = n;
            _loop = Task.Run(() => SinkLoop(_channel.Reader, _sink));
        }

        public long Run()
        {
            _sink.Reset(_n);
            var each = _n / 4;
            var writer = _channel.Writer;
            var producers = new Task[4];
            for (var p = 0; p < 4; p++)
            {
                producers[p] = Task.Run(() =>
                {
                    for (var i = 0; i < each; i++)
                    {
                        writer.TryWrite(i);
                    }
                });
            }

            Task.WaitAll(producers);
            SinkState.WaitAll(_sink);
            return _sink.Sum;
        }

        public void Dispose()
        {
            _channel.Writer.TryComplete();
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class PingPongRunner : IRunner
    {
        private readonly Channel<int> _ping = NewChannel();
        private readonly Channel<int> _pong = NewChannel();
        private readonly Task _ponger;
        private readonly int _rounds;

        public PingPongRunner(int rounds)
        {
            _rounds = rounds;
            _ponger = Task.Run(() => StageLoop(_ping.Reader, _pong.Writer, 0));
        }

        public long Run() => PingAsync().GetAwaiter().GetResult();

        public void Dispose()
        {
            _ping.Writer.TryComplete();
            _ponger.Wait(TimeSpan.FromSeconds(10));
        }

        private async Task<long> PingAsync()
        {
            long sum = 0;
            var (writer, reader) = (_ping.Writer, _pong.Reader);
            for (var i = 0; i < _rounds; i++)
            {
                writer.TryWrite(i);
                sum += await reader.ReadAsync().ConfigureAwait(false);
            }

            return sum;
        }
    }
}
