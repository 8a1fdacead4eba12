using CsCheck;
using Kamaelia.Chassis;
using Kamaelia.Reliability.Tests.Support;
using Kamaelia.Util;
using Xunit.Abstractions;

namespace Kamaelia.Reliability.Tests;

/// <summary>
/// Backpressure: bounded inboxes hold a fast producer back through a 10-stage pipeline with no loss, and no
/// inbox ever holds more than its limit (sampled after every pass).
/// </summary>
public sealed class BackpressureTests(ITestOutputHelper output)
{
    [Fact]
    public void BoundedInboxesHoldAFastProducerBackThroughTenStagesWithNoLossAndBoundedQueues()
    {
        long cases = 0, messages = 0, samples = 0;
        var gen = Gen.Select(Gen.Int[0, 3000], Gen.Int[1, 8].Array[11], Gen.Int[1, 50], Gen.Bool);
        gen.Sample((count, limits, batch, libraryStages) =>
        {
            var source = new Source(0, count, batch);
            var stages = Enumerable.Range(0, 10).Select(i => libraryStages && i % 2 == 0 ? (Component)new PassThrough() : new Relay()).ToArray();
            var sink = new Sink();
            Component[] bounded = [.. stages, sink];
            for (var i = 0; i < bounded.Length; i++)
            {
                bounded[i].SetInboxSize("inbox", limits[i]);
            }

            var pipeline = new Pipeline([source, .. stages]);
            var root = new Rig(pipeline, sink).Chain(pipeline, sink);
            var scheduler = new Scheduler();
            root.Activate(scheduler);
            var peak = new int[bounded.Length];
            for (var pass = 0; scheduler.RunPass(); pass++)
            {
                Assert.True(pass < 1_000_000, "the pipeline did not finish");
                for (var i = 0; i < bounded.Length; i++)
                {
                    peak[i] = Math.Max(peak[i], bounded[i].DataReady("inbox"));
                }

                Interlocked.Increment(ref samples);
            }

            for (var i = 0; i < bounded.Length; i++)
            {
                Assert.True(peak[i] <= limits[i], $"inbox {i} held {peak[i]} messages, over its limit {limits[i]}");
            }

            Assert.True(sink.MostWaiting <= limits[^1]);
            Assert.Equal(Enumerable.Range(0, count), sink.Received.Select(m => m.Seq));
            Interlocked.Increment(ref cases);
            Interlocked.Add(ref messages, count);
        }, iter: Mode.Iterations(60), threads: 4, print: t => $"count={t.Item1} limits=[{string.Join(",", t.Item2)}] batch={t.Item3} passThrough={t.Item4}");
        output.WriteLine($"cases={cases} messagesThroughTenStages={messages} inboxSamples(passes)={samples}");
    }
}
