using Axon;
using Kamaelia.Chassis;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>How messages enter a two-stage pipeline from another thread.</summary>
public enum Feed
{
    /// <summary>A ThreadedComponent sends from its own thread; the pipeline runs on the benchmark thread.</summary>
    ThreadedComponent,

    /// <summary>As <see cref="ThreadedComponent"/>, with a queue of 16,384 messages instead of the default 1,000.</summary>
    ThreadedComponentLongQueue,

    /// <summary>Ordinary code puts (boxed) ints through an untyped Handle; the pipeline runs on a Background scheduler thread.</summary>
    Handle,

    /// <summary>As <see cref="Handle"/>, through a typed <c>Handle&lt;int, long&gt;</c>: nothing boxed.</summary>
    TypedHandle,

    /// <summary>The peer: the benchmark thread writes into a two-stage System.Threading.Channels pipeline.</summary>
    Channels,
}

/// <summary>The threaded path: a thread feeds a pipeline of two AddOne stages and a sum.</summary>
public static class ThreadedRunners
{
    /// <summary>The sum the end of the pipeline must see for <paramref name="n"/> messages through two stages.</summary>
    public static long ExpectedSum(int n) => ((long)n * (n - 1) / 2) + (2L * n);

    /// <summary>Creates the runner.</summary>
    public static IRunner Create(Feed feed, int n) => feed switch
    {
        Feed.ThreadedComponent => new ThreadedComponentRunner(n, queueLength: 1000),
        Feed.ThreadedComponentLongQueue => new ThreadedComponentRunner(n, queueLength: 16_384),
        Feed.Handle => new HandleRunner(n, typed: false),
        Feed.TypedHandle => new HandleRunner(n, typed: true),
        Feed.Channels => new ChannelsRunners.PipelineRunner(stages: 2, n),
        _ => throw new ArgumentOutOfRangeException(nameof(feed)),
    };

    /// <summary>Builds a fresh pipeline per run (a threaded source ends with its thread) and runs it to the end.</summary>
    private sealed class ThreadedComponentRunner(int n, int queueLength) : IRunner
    {
        private readonly Scheduler _scheduler = new();

        public long Run()
        {
            var sink = new SumSink();
            new Pipeline(new ThreadedIntSource(n, queueLength), new AddOne(), new AddOne(), sink).Run(_scheduler);
            return sink.Sum;
        }

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// One Background scheduler and one handle around one pipeline, built once (the steady state of a long-lived
    /// system): per run N puts, then a Get of the batch's sum from the pipeline's end.
    /// </summary>
    private sealed class HandleRunner : IRunner
    {
        private readonly Background _background = new Background().Start();
        private readonly Func<long> _run;
        private readonly Action _finish;

        public HandleRunner(int n, bool typed)
        {
            var pipeline = new Pipeline(new AddOne(), new AddOne(), new BatchSum(n));
            (_run, _finish) = typed
                ? Feeding(_background.Activate(new Handle<int, long>(pipeline)), n)
                : Feeding(_background.Activate(new Handle(pipeline)), n);
        }

        public long Run() => _run();

        public void Dispose()
        {
            _finish();
            _background.Dispose();
        }

        /// <summary>
        /// Puts 0..N-1 (boxed for the untyped handle, whose element is object: (TIn)(object)i is no box for
        /// TIn = int, the JIT removes the pair) and takes the sum; at the end, ProducerFinished through the pipeline.
        /// </summary>
        private static (Func<long> Run, Action Finish) Feeding<TIn, TOut>(Handle<TIn, TOut> handle, int n) => (
            () =>
            {
                for (var i = 0; i < n; i++)
                {
                    handle.Put((TIn)(object)i);
                }

                return (long)(object)handle.Get(TimeSpan.FromMinutes(2))!;
            },
            () =>
            {
                handle.PutControl(new ProducerFinished());
                handle.GetSignal(TimeSpan.FromMinutes(2));
            });
    }
}
