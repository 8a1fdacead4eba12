using Kamaelia.Gen.Benchmarks.Runners.HandWritten;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>
/// The hand-written cooperative baseline: the workloads' components as C# iterators on
/// <see cref="CooperativeScheduler"/>, joined by <see cref="CooperativeRing"/>s. Each component drains its inbox,
/// pauses when it is empty and yields, like the Kamaelia components; the producer sends one message per step, or up
/// to 1,024. What Kamaelia adds to this (box names and types, links, shutdown, faults, threads) is what it costs.
/// </summary>
internal static class HandWrittenRunners
{
    public static IRunner Create(Workload workload, ProducerStyle producer, int n)
    {
        var batch = producer == ProducerStyle.Batched ? WorkloadFacts.BatchPerStep : 1;
        return workload switch
        {
            Workload.TwoStage => new PipelineRunner(stages: 0, batch, n),
            Workload.TenStage => new PipelineRunner(stages: 10, batch, n),
            Workload.FanOut => new FanOutRunner(batch, n),
            Workload.FanIn => new FanInRunner(Math.Max(1, batch / 4), n),
            Workload.PingPong => new PingPongRunner(n),
            Workload.Diamond => new DiamondRunner(batch, n),
            _ => throw new ArgumentOutOfRangeException(nameof(workload)),
        };
    }

    /// <summary>Sends 0 .. count-1, up to a batch per step, and sleeps once they have gone.</summary>
    private sealed class Producer(CooperativeScheduler scheduler, int batch)
    {
        private int _next;
        private int _end;

        public CooperativeTask Task { get; } = new();

        public void Start(int count)
        {
            (_next, _end) = (0, count);
            scheduler.Wake(Task);
        }

        public IEnumerable<object?> Body(CooperativeRing output)
        {
            while (true)
            {
                var stop = Math.Min(_next + batch, _end);
                while (_next < stop)
                {
                    output.Send(_next++);
                }

                if (_next >= _end)
                {
                    scheduler.Pause(Task);
                }

                yield return null;
            }
        }
    }

    /// <summary>Adds up what arrives.</summary>
    private sealed class Sink(CooperativeScheduler scheduler)
    {
        public CooperativeTask Task { get; } = new();

        public long Sum { get; set; }

        public long Count { get; set; }

        public IEnumerable<object?> Body(CooperativeRing input)
        {
            while (true)
            {
                while (input.TryRecv(out var value))
                {
                    Sum += value;
                    Count++;
                }

                scheduler.Pause(Task);
                yield return null;
            }
        }
    }

    private abstract class HandWrittenRunner : IRunner
    {
        protected CooperativeScheduler Scheduler { get; } = new();

        public abstract long Run();

        public void Dispose()
        {
        }

        /// <summary>Gives each task its body and queues it; returns the tasks, for wiring.</summary>
        protected void Activate(CooperativeTask task, IEnumerable<object?> body)
        {
            task.Start(body);
            Scheduler.Activate(task);
        }

        /// <summary>Runs passes until every message is in; throws rather than spin forever.</summary>
        protected void RunUntil(Func<bool> done, long maxPasses)
        {
            for (long pass = 0; !done(); pass++)
            {
                if (pass > maxPasses)
                {
                    throw new InvalidOperationException($"The workload did not complete within {maxPasses} passes.");
                }

                Scheduler.RunPass();
            }
        }

        /// <summary>Runs passes until every task sleeps.</summary>
        protected void Settle()
        {
            for (var i = 0; i < 10; i++)
            {
                Scheduler.RunPass();
            }
        }

        /// <summary>Sends every number plus <paramref name="add"/> on.</summary>
        protected IEnumerable<object?> Stage(CooperativeTask self, CooperativeRing input, CooperativeRing output, int add)
        {
            while (true)
            {
                while (input.TryRecv(out var value))
                {
                    output.Send(value + add);
                }

                Scheduler.Pause(self);
                yield return null;
            }
        }
    }

    private sealed class PipelineRunner : HandWrittenRunner
    {
        private readonly Producer _producer;
        private readonly Sink _sink;
        private readonly int _n;
        private readonly int _hops;

        public PipelineRunner(int stages, int batch, int n)
        {
            (_n, _hops) = (n, stages + 1);
            _producer = new Producer(Scheduler, batch);
            _sink = new Sink(Scheduler);
            var tasks = new CooperativeTask[stages];
            var from = _producer.Task;
            var rings = new CooperativeRing[stages + 1];
            for (var i = 0; i <= stages; i++)
            {
                var to = i < stages ? tasks[i] = new CooperativeTask() : _sink.Task;
                rings[i] = new CooperativeRing(Scheduler, to);
                rings[i].AddProducer(from);
                from = to;
            }

            Activate(_producer.Task, _producer.Body(rings[0]));
            for (var i = 0; i < stages; i++)
            {
                Activate(tasks[i], Stage(tasks[i], rings[i], rings[i + 1], 1));
            }

            Activate(_sink.Task, _sink.Body(rings[stages]));
            Settle();
        }

        public override long Run()
        {
            (_sink.Sum, _sink.Count) = (0, 0);
            _producer.Start(_n);
            RunUntil(() => _sink.Count >= _n, ((long)_n * _hops) + 10_000);
            return _sink.Sum;
        }
    }

    private sealed class FanOutRunner : HandWrittenRunner
    {
        private readonly Producer _producer;
        private readonly Sink[] _sinks;
        private readonly int _n;

        public FanOutRunner(int batch, int n)
        {
            _n = n;
            _producer = new Producer(Scheduler, batch);
            _sinks = [.. Enumerable.Range(0, 4).Select(_ => new Sink(Scheduler))];
            var broadcast = new CooperativeTask();
            var input = new CooperativeRing(Scheduler, broadcast);
            input.AddProducer(_producer.Task);
            var outputs = _sinks.Select(sink => new CooperativeRing(Scheduler, sink.Task)).ToArray();
            foreach (var output in outputs)
            {
                output.AddProducer(broadcast);
            }

            Activate(_producer.Task, _producer.Body(input));
            Activate(broadcast, Broadcast(broadcast, input, outputs));
            for (var i = 0; i < 4; i++)
            {
                Activate(_sinks[i].Task, _sinks[i].Body(outputs[i]));
            }

            Settle();
        }

        public override long Run()
        {
            foreach (var sink in _sinks)
            {
                (sink.Sum, sink.Count) = (0, 0);
            }

            _producer.Start(_n);
            RunUntil(() => _sinks[3].Count >= _n, (2L * _n) + 10_000);
            return _sinks.Sum(s => s.Sum);
        }

        private IEnumerable<object?> Broadcast(CooperativeTask self, CooperativeRing input, CooperativeRing[] outputs)
        {
            var (o0, o1, o2, o3) = (outputs[0], outputs[1], outputs[2], outputs[3]);
            while (true)
            {
                while (input.TryRecv(out var value))
                {
                    o0.Send(value);
                    o1.Send(value);
                    o2.Send(value);
                    o3.Send(value);
                }

                Scheduler.Pause(self);
                yield return null;
            }
        }
    }

    private sealed class FanInRunner : HandWrittenRunner
    {
        private readonly Producer[] _producers;
        private readonly Sink _sink;
        private readonly int _n;

        public FanInRunner(int batchEach, int n)
        {
            _n = n;
            _producers = [.. Enumerable.Range(0, 4).Select(_ => new Producer(Scheduler, batchEach))];
            _sink = new Sink(Scheduler);
            var input = new CooperativeRing(Scheduler, _sink.Task);
            foreach (var producer in _producers)
            {
                input.AddProducer(producer.Task);
                Activate(producer.Task, producer.Body(input));
            }

            Activate(_sink.Task, _sink.Body(input));
            Settle();
        }

        public override long Run()
        {
            (_sink.Sum, _sink.Count) = (0, 0);
            foreach (var producer in _producers)
            {
                producer.Start(_n / 4);
            }

            RunUntil(() => _sink.Count >= _n, _n + 10_000L);
            return _sink.Sum;
        }
    }

    private sealed class DiamondRunner : HandWrittenRunner
    {
        private readonly Producer _producer;
        private readonly Sink _sink;
        private readonly int _n;

        public DiamondRunner(int batch, int n)
        {
            _n = n;
            _producer = new Producer(Scheduler, batch);
            _sink = new Sink(Scheduler);
            var splitter = new CooperativeTask();
            var input = new CooperativeRing(Scheduler, splitter);
            input.AddProducer(_producer.Task);
            var joined = new CooperativeRing(Scheduler, _sink.Task);
            var stages = Enumerable.Range(0, 4).Select(_ => new CooperativeTask()).ToArray();
            var branches = stages.Select(stage => new CooperativeRing(Scheduler, stage)).ToArray();
            foreach (var branch in branches)
            {
                branch.AddProducer(splitter);
            }

            Activate(_producer.Task, _producer.Body(input));
            Activate(splitter, Deal(splitter, input, branches));
            for (var i = 0; i < 4; i++)
            {
                joined.AddProducer(stages[i]);
                Activate(stages[i], Stage(stages[i], branches[i], joined, 1));
            }

            Activate(_sink.Task, _sink.Body(joined));
            Settle();
        }

        public override long Run()
        {
            (_sink.Sum, _sink.Count) = (0, 0);
            _producer.Start(_n);
            RunUntil(() => _sink.Count >= _n, (3L * _n) + 10_000);
            return _sink.Sum;
        }

        private IEnumerable<object?> Deal(CooperativeTask self, CooperativeRing input, CooperativeRing[] outputs)
        {
            var turn = 0;
            while (true)
            {
                while (input.TryRecv(out var value))
                {
                    outputs[turn++ & 3].Send(value);
                }

                Scheduler.Pause(self);
                yield return null;
            }
        }
    }

    private sealed class PingPongRunner : HandWrittenRunner
    {
        private readonly CooperativeRing _pings;
        private readonly int _rounds;
        private long _sum;
        private long _count;

        public PingPongRunner(int rounds)
        {
            _rounds = rounds;
            var (pinger, ponger) = (new CooperativeTask(), new CooperativeTask());
            _pings = new CooperativeRing(Scheduler, ponger);
            var pongs = new CooperativeRing(Scheduler, pinger);
            _pings.AddProducer(pinger);
            pongs.AddProducer(ponger);
            Activate(pinger, Ping(pinger, pongs));
            Activate(ponger, Stage(ponger, _pings, pongs, 0));
            Settle();
        }

        public override long Run()
        {
            (_sum, _count) = (0, 0);
            _pings.Send(0);
            RunUntil(() => _count >= _rounds, (4L * _rounds) + 10_000);
            return _sum;
        }

        private IEnumerable<object?> Ping(CooperativeTask self, CooperativeRing pongs)
        {
            while (true)
            {
                while (pongs.TryRecv(out var value))
                {
                    _sum += value;
                    if (++_count < _rounds)
                    {
                        _pings.Send(value + 1);
                    }
                }

                Scheduler.Pause(self);
                yield return null;
            }
        }
    }
}
