using System.Runtime.CompilerServices;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// The physical floor: the same topology as the other runners as a bare loop through fixed ring buffers, moving
/// up to 1024 messages a round, with no components, no scheduler and no wake-ups.
/// </summary>
internal static class FloorRunners
{
    private const int Batch = 1024;

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

    /// <summary>A fixed power-of-two ring buffer of ints.</summary>
    internal sealed class Ring
    {
        private readonly int[] _items = new int[4096];
        private int _head;
        private int _tail;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Enqueue(int item)
        {
            _items[_tail & (_items.Length - 1)] = item;
            _tail++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryDequeue(out int item)
        {
            if (_head == _tail)
            {
                item = 0;
                return false;
            }

            item = _items[_head & (_items.Length - 1)];
            _head++;
            return true;
        }
    }

    private abstract class FloorRunner : IRunner
    {
        public abstract long Run();

        public void Dispose()
        {
        }
    }

    private sealed class PipelineRunner(int stages, int n) : FloorRunner
    {
        private readonly Ring[] _rings = [.. Enumerable.Range(0, stages + 1).Select(_ => new Ring())];

        public override long Run()
        {
            long sum = 0;
            var rings = _rings;
            for (var start = 0; start < n; start += Batch)
            {
                var stop = Math.Min(start + Batch, n);
                var first = rings[0];
                for (var i = start; i < stop; i++)
                {
                    first.Enqueue(i);
                }

                for (var s = 0; s + 1 < rings.Length; s++)
                {
                    var (from, to) = (rings[s], rings[s + 1]);
                    while (from.TryDequeue(out var value))
                    {
                        to.Enqueue(value + 1);
                    }
                }

                var last = rings[^1];
                while (last.TryDequeue(out var value))
                {
                    sum += value;
                }
            }

            return sum;
        }
    }

    private sealed class FanOutRunner(int n) : FloorRunner
    {
        private readonly Ring _input = new();
        private readonly Ring[] _outputs = [new(), new(), new(), new()];

        public override long Run()
        {
            long sum = 0;
            var (o0, o1, o2, o3) = (_outputs[0], _outputs[1], _outputs[2], _outputs[3]);
            for (var start = 0; start < n; start += Batch)
            {
                var stop = Math.Min(start + Batch, n);
                for (var i = start; i < stop; i++)
                {
                    _input.Enqueue(i);
                }

                while (_input.TryDequeue(out var value))
                {
                    o0.Enqueue(value);
                    o1.Enqueue(value);
                    o2.Enqueue(value);
                    o3.Enqueue(value);
                }

                foreach (var output in _outputs)
                {
                    while (output.TryDequeue(out var value))
                    {
                        sum += value;
                    }
                }
            }

            return sum;
        }
    }

    private sealed class DiamondRunner(int n) : FloorRunner
    {
        private readonly Ring _input = new();
        private readonly Ring[] _branches = [new(), new(), new(), new()];
        private readonly Ring _joined = new();

        public override long Run()
        {
            long sum = 0;
            var branches = _branches;
            for (var start = 0; start < n; start += Batch)
            {
                var stop = Math.Min(start + Batch, n);
                for (var i = start; i < stop; i++)
                {
                    _input.Enqueue(i);
                }

                var turn = 0;
                while (_input.TryDequeue(out var value))
                {
                    branches[turn++ & 3].Enqueue(value);
                }

                foreach (var branch in branches)
                {
                    while (branch.TryDequeue(out var value))
                    {
                        _joined.Enqueue(value + 1);
                    }
                }

                while (_joined.TryDequeue(out var value))
                {
                    sum += value;
                }
            }

            return sum;
        }
    }

    private sealed class FanInRunner(int n) : FloorRunner
    {
        private readonly Ring _shared = new();

        public override long Run()
        {
            long sum = 0;
            var each = n / 4;
            const int share = Batch / 4;
            for (var start = 0; start < each; start += share)
            {
                var stop = Math.Min(start + share, each);
                for (var producer = 0; producer < 4; producer++)
                {
                    for (var i = start; i < stop; i++)
                    {
                        _shared.Enqueue(i);
                    }
                }

                while (_shared.TryDequeue(out var value))
                {
                    sum += value;
                }
            }

            return sum;
        }
    }

    private sealed class PingPongRunner(int rounds) : FloorRunner
    {
        private readonly Ring _ping = new();
        private readonly Ring _pong = new();

        public override long Run()
        {
            long sum = 0;
            var next = 0;
            for (var round = 0; round < rounds; round++)
            {
                _ping.Enqueue(next);
                _ping.TryDequeue(out var ping);
                _pong.Enqueue(ping);
                _pong.TryDequeue(out var pong);
                sum += pong;
                next = pong + 1;
            }

            return sum;
        }
    }
}
