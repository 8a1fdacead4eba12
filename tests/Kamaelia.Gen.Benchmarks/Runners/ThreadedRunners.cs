using Axon;
using Kamaelia.Chassis;
using Kamaelia.Gen.Benchmarks.Components;

namespace Kamaelia.Gen.Benchmarks.Runners;

/// <summary>How messages enter a two-stage pipeline from another thread.</summary>
public enum Feed
{
    /// <summary>A ThreadedComponent sends from its own thread; the pipeline runs on the benchmark thread.</summary>
    ThreadedComponent,

    /// <summary>Ordinary code puts through a Handle; the pipeline runs on a Background scheduler thread.</summary>
    Handle,

    /// <summary>The peer: the benchmark thread writes into a two-stage System.Threading.Channels pipeline.</summary>
    Channels,
}

/// <summary>The threaded path: a thread feeds a pipeline of two AddOne stages and a SumSink.</summary>
public static class ThreadedRunners
{
    /// <summary>The sum the sink must see for <paramref name="n"/> messages through two stages.</summary>
    public static long ExpectedSum(int n) => ((long)n * (n - 1) / 2) + (2L * n);

    /// <summary>Creates the runner.</summary>
    public static IRunner Create(Feed feed, int n) => feed switch
    {
        Feed.ThreadedComponent => new ThreadedComponentRunner(n),
        Feed.Handle => new HandleRunner(n),
        Feed.Channels => new ChannelsRunners.PipelineRunner(stages: 2, n),
        _ => throw new ArgumentOutOfRangeException(nameof(feed)),
    };

    /// <summary>Builds a fresh pipeline per run (a threaded source ends with its thread) and runs it to the end.</summary>
    private sealed class ThreadedComponentRunner(int n) : IRunner
    {
        private readonly Scheduler _scheduler = new();

        public long Run()
        {
            var sink = new SumSink();
            new Pipeline(new ThreadedIntSource(n), new AddOne(), new AddOne(), sink).Run(_scheduler);
            return sink.Sum;
        }

        public void Dispose()
        {
        }
    }

    /// <summary>One Background scheduler; per run a Handle wraps a fresh pipeline, takes N puts and a ProducerFinished.</summary>
    private sealed class HandleRunner(int n) : IRunner
    {
        private readonly Background _background = new Background().Start();

        public long Run()
        {
            var sink = new SumSink();
            var handle = _background.Activate(new Handle(new Pipeline(new AddOne(), new AddOne(), sink)));
            for (var i = 0; i < n; i++)
            {
                handle.Put(i);
            }

            handle.Put(new ProducerFinished(), "control");
            handle.Get("signal", TimeSpan.FromMinutes(2));
            return sink.Sum;
        }

        public void Dispose() => _background.Dispose();
    }
}
