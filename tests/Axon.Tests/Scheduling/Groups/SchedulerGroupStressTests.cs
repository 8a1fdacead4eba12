namespace Axon.Tests.Scheduling.Groups;

/// <summary>
/// Random graphs over eight schedulers: sources, chains of forwarders and collectors fed by one to three chains,
/// placed at random, with random size limits (senders wait for room), step sizes and link capacities. Every stream
/// must arrive whole and in order: per-link FIFO and conservation across any mix of local and cross-scheduler links.
/// </summary>
public sealed class SchedulerGroupStressTests
{
    private const int Schedulers = 8;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomGraphsAcrossEightSchedulersKeepEachStreamWholeAndInOrder(int seed)
    {
        var random = new Random(seed);
        var group = new SchedulerGroup(Schedulers) { LinkCapacity = random.Next(1, 64) };
        var graph = RandomGraph.Build(group, random);

        group.RunWithin(Bound, group.Place(new ScriptedWiring(graph.Wire), random.Next(Schedulers)));

        foreach (var (collector, streams, limit) in graph.Collectors)
        {
            Assert.True(collector.IsStopped, $"{collector.Name} did not receive every shutdown signal.");
            var received = collector.Received.GroupBy(m => m.Stream).ToDictionary(g => g.Key, g => g.Select(m => m.Sequence).ToList());
            Assert.Equal(streams.Keys.Order(), received.Keys.Order());
            foreach (var (stream, count) in streams)
            {
                Assert.Equal(Enumerable.Range(0, count), received[stream]);
            }

            if (limit is { } bounded)
            {
                Assert.InRange(collector.MostWaiting, 0, bounded);
            }
        }

        Assert.All(group.Schedulers, scheduler => Assert.Equal(0, scheduler.ComponentCount));
    }

    /// <summary>A random graph: what to link, and what each collector must receive.</summary>
    private sealed class RandomGraph
    {
        private readonly List<Component> _components = [];
        private readonly List<(Component From, Component To)> _links = [];

        public List<(NumberedCollector Collector, Dictionary<int, int> Streams, int? Limit)> Collectors { get; } = [];

        public static RandomGraph Build(SchedulerGroup group, Random random)
        {
            var graph = new RandomGraph();
            var stream = 0;
            for (var c = 0; c < 6; c++)
            {
                var feeders = random.Next(1, 4);
                var collector = graph.Add(group, random, new NumberedCollector(feeders, perStep: random.Next(1, 50)));
                var limit = LimitAtRandom(collector, random);
                var streams = new Dictionary<int, int>();
                for (var f = 0; f < feeders; f++, stream++)
                {
                    var count = random.Next(200, 1_500);
                    streams[stream] = count;
                    Component previous = graph.Add(group, random, new NumberedSource(stream, count, random.Next(1, 100), waitForRoom: true));
                    for (var hop = random.Next(0, 4); hop > 0; hop--)
                    {
                        var forwarder = graph.Add(group, random, new NumberedForwarder(random.Next(1, 40)));
                        LimitAtRandom(forwarder, random);
                        graph._links.Add((previous, forwarder));
                        previous = forwarder;
                    }

                    graph._links.Add((previous, collector));
                }

                graph.Collectors.Add((collector, streams, limit));
            }

            return graph;
        }

        /// <summary>Makes every link (data and signal) and returns the components to adopt and activate.</summary>
        public Component[] Wire(Component self)
        {
            foreach (var (from, to) in _links)
            {
                self.Link((from, "outbox"), (to, "inbox"));
                self.Link((from, "signal"), (to, "control"));
            }

            return [.. _components];
        }

        private T Add<T>(SchedulerGroup group, Random random, T component)
            where T : Component
        {
            _components.Add(group.Place(component, random.Next(Schedulers)));
            return component;
        }

        private static int? LimitAtRandom(Component component, Random random)
        {
            int? limit = random.Next(3) == 0 ? random.Next(1, 16) : null;
            component.GetInbox<object>("inbox").SizeLimit = limit;
            return limit;
        }
    }
}
