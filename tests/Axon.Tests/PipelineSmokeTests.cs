using Axon.Tests.Support;

namespace Axon.Tests;

public sealed class PipelineSmokeTests
{
    [Fact]
    public void MessagesFlowThroughAChainOfComponentsInOrder()
    {
        var scheduler = new Scheduler();
        var source = new Source(1, 2, 3);
        var middle = new Forwarder();
        var sink = new Collector();
        var wiring = new ScriptedComponent(self => Wire(self, source, middle, sink));
        wiring.Activate(scheduler);

        scheduler.RunWithin(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3], sink.Received);
        Assert.True(sink.IsStopped);
    }

    private static IEnumerable<object?> Wire(Component self, Component source, Component middle, Component sink)
    {
        self.Link((source, "outbox"), (middle, "inbox"));
        self.Link((source, "signal"), (middle, "control"));
        self.Link((middle, "outbox"), (sink, "inbox"));
        self.Link((middle, "signal"), (sink, "control"));
        self.AddChildren(source, middle, sink);
        yield return new NewComponent(source, middle, sink);
        while (!ChildrenDoneOf(self))
        {
            self.Pause();
            yield return null;
        }
    }

    private static bool ChildrenDoneOf(Component self) => self.ChildComponents().All(c => c.IsStopped);
}
