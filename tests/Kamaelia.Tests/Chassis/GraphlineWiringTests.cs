using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class GraphlineWiringTests
{
    [Fact]
    public void ChildrenAreLinkedAsTheLinkagesSay()
    {
        var scheduler = new Scheduler();
        var sink = new Collector();
        var graph = new Graphline(
            components: new()
            {
                ["SOURCE"] = new DataSource(["a", "b"]),
                ["UPPER"] = new PureTransformer(x => ((string)x).ToUpperInvariant()),
                ["SINK"] = sink,
            },
            linkages: new()
            {
                [("SOURCE", "outbox")] = ("UPPER", "inbox"),
                [("SOURCE", "signal")] = ("UPPER", "control"),
                [("UPPER", "outbox")] = ("SINK", "inbox"),
                [("UPPER", "signal")] = ("SINK", "control"),
            });
        graph.Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal(["A", "B"], sink.Received);
        Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.True(graph.IsStopped);
    }

    [Theory]
    [InlineData("self", "")]
    [InlineData("", "self")]
    public void SelfOrTheEmptyNameIsTheGraphlineItselfInBothDirections(string inward, string outward)
    {
        var scheduler = new Scheduler();
        var graph = new Graphline(
            components: new() { ["DOUBLE"] = new PureTransformer(x => (int)x * 2) },
            linkages: new()
            {
                [(inward, "inbox")] = ("DOUBLE", "inbox"),
                [(inward, "control")] = ("DOUBLE", "control"),
                [("DOUBLE", "outbox")] = (outward, "outbox"),
            });
        var feeder = new DataSource([1, 2, 3]);
        var sink = new Collector();
        new TestSystem(feeder, graph, sink).Chain(feeder, graph).Chain(graph, sink).Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal([2, 4, 6], sink.Received);
        Assert.True(graph.IsStopped);
    }

    [Fact]
    public void ASelfBoxThatIsNotStandardIsCreatedOnTheGraphline()
    {
        var graph = new Graphline(
            components: new() { ["P"] = new PassThrough() },
            linkages: new()
            {
                [("self", "commands")] = ("P", "inbox"),
                [("P", "outbox")] = ("self", "results"),
            });

        Assert.Equal("Anything", graph.GetInbox("commands").Description);
        Assert.Equal("What arrived on inbox", graph.GetOutbox("results").Description);
    }
}
