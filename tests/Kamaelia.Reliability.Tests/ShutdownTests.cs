using CsCheck;
using Kamaelia.Chassis;
using Kamaelia.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Kamaelia.Reliability.Tests;

/// <summary>
/// Shutdown: everything sent before ProducerFinished is delivered before the last component ends (Pipeline,
/// Graphline, Backplane and threaded stages are covered by <see cref="MessageConservationTests"/>'s graceful
/// cases; the Carousel here), and ShutdownMicroprocess stops a busy system within a bounded number of passes.
/// </summary>
public sealed class ShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public void ACarouselDeliversEverythingSentBeforeProducerFinished()
    {
        var cases = 0;
        var gen = Gen.Select(Gen.Int[0, 200], Gen.Int[0, 4], Gen.Int[1, 4]);
        gen.Sample((messages, limit, batch) =>
        {
            var source = new Source(0, messages, batch);
            var carousel = new Carousel(_ =>
            {
                var relay = new Relay();
                if (limit > 0)
                {
                    relay.SetInboxSize("inbox", limit);
                }

                return relay;
            });
            carousel.Deliver("first", "next");
            var sink = new Sink();
            var root = new Rig(source, carousel, sink).Chain(source, carousel).Chain(carousel, sink);
            var scheduler = new Scheduler();
            root.Activate(scheduler);
            scheduler.RunToEnd();

            Assert.Equal(Enumerable.Range(0, messages), sink.Received.Select(m => m.Seq));
            Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
            Interlocked.Increment(ref cases);
        }, iter: Mode.Iterations(300), threads: 1);
        output.WriteLine($"carousel cases={cases}");
    }

    public static TheoryData<string> Chassis => ["Pipeline", "Graphline", "Supervisor"];

    [Theory]
    [MemberData(nameof(Chassis))]
    public void ShutdownMicroprocessStopsABusyTenStageSystemWithinABoundedNumberOfPasses(string chassis)
    {
        const int Stages = 10;
        var source = new Source(0, int.MaxValue, batch: 3);
        var stages = Enumerable.Range(0, Stages).Select(_ => (Component)new Relay()).ToArray();
        Component system = chassis switch
        {
            "Pipeline" => new Pipeline([source, .. stages]),
            "Graphline" => new Graphline(
                new Dictionary<string, Component> { ["src"] = source }.Concat(stages.Select((s, i) => KeyValuePair.Create($"s{i}", s))).ToDictionary(),
                Enumerable.Range(0, Stages).SelectMany(i => new[]
                {
                    KeyValuePair.Create((i == 0 ? "src" : $"s{i - 1}", "outbox"), ($"s{i}", "inbox")),
                    KeyValuePair.Create((i == 0 ? "src" : $"s{i - 1}", "signal"), ($"s{i}", "control")),
                }).Append(KeyValuePair.Create(($"s{Stages - 1}", "outbox"), ("self", "outbox")))
                .Append(KeyValuePair.Create(($"s{Stages - 1}", "signal"), ("self", "signal"))).ToDictionary()),
            _ => new Supervisor(() => new Pipeline([source, .. stages])),
        };
        var sink = new Sink();
        var root = new Rig(system, sink).Chain(system, sink);
        var scheduler = new Scheduler { Immortal = true };
        root.Activate(scheduler);
        scheduler.RunPasses(200);
        Assert.True(sink.Received.Count > 0);

        system.Deliver(new ShutdownMicroprocess(), "control");
        var passes = scheduler.RunToEnd(maxPasses: Stages + 10);

        Assert.True(source.IsStopped);
        Assert.All(stages, s => Assert.True(s.IsStopped));
        output.WriteLine($"{chassis}: stopped {Stages + 2} components {passes} passes after ShutdownMicroprocess (bound {Stages + 10})");
    }
}
