using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class SystemGraphTests
{
    [Fact]
    public void ACaptureOfARunningPipelineListsItsComponentsAndLinksAndRendersThem()
    {
        var scheduler = new Scheduler();
        var first = new PassThrough();
        var second = new PassThrough();
        var sink = new Collector();
        var pipeline = new Pipeline(first, second, sink);
        pipeline.Activate(scheduler);
        scheduler.RunUntil(() => pipeline.ChildComponents().Count == 3 && sink.Scheduler is not null);

        var graph = SystemGraph.Capture(scheduler);

        Assert.Equal(new Component[] { first, second, sink, pipeline }.OrderBy(c => c.Id), graph.Components);
        Assert.Contains((first.GetOutbox("outbox"), second.GetInbox("inbox")), graph.Links);
        Assert.Contains((first.GetOutbox("signal"), second.GetInbox("control")), graph.Links);
        Assert.Contains((second.GetOutbox("outbox"), sink.GetInbox("inbox")), graph.Links);
        Assert.Contains((pipeline.GetInbox("inbox"), first.GetInbox("inbox")), graph.Links);
        Assert.Contains((sink.GetOutbox("signal"), pipeline.GetOutbox("signal")), graph.Links);
        Assert.Equal(8, graph.Links.Count);

        var mermaid = graph.ToMermaid();
        Assert.StartsWith("flowchart LR\n", mermaid, StringComparison.Ordinal);
        Assert.Contains($"c{first.Id}[\"PassThrough #{first.Id}\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains($"c{first.Id} -- \"outbox → inbox\" --> c{second.Id}", mermaid, StringComparison.Ordinal);
        Assert.Contains($"c{pipeline.Id} -- \"inbox → inbox\" --> c{first.Id}", mermaid, StringComparison.Ordinal);

        var dot = graph.ToDot();
        Assert.StartsWith("digraph system {", dot, StringComparison.Ordinal);
        Assert.Contains($"c{sink.Id} [label=\"Collector #{sink.Id}\"];", dot, StringComparison.Ordinal);
        Assert.Contains($"c{second.Id} -> c{sink.Id} [label=\"signal → control\"];", dot, StringComparison.Ordinal);

        pipeline.Deliver(new ProducerFinished(), "control");
        scheduler.RunWithin();
    }

    [Fact]
    public void MermaidShowsGenericTypesWithTheirAngleBracketsEscaped()
    {
        var mermaid = new PassThrough<List<string>>().Descriptor.ToMermaid();

        // Mermaid reads a label as HTML: an unescaped "<string>" would be taken for a tag and vanish from the picture.
        Assert.Contains("\"inbox: List#lt;string#gt;\"", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLinesDescribeEveryComponentBoxAndLink()
    {
        var source = new PassThrough();
        var sink = new Collector();
        var wiring = new TestSystem();
        wiring.Link((source, "outbox"), (sink, "inbox"));

        var lines = SystemGraph.Capture([source]).Lines();

        Assert.Contains($"NODE \"{source.Id}\" \"{source.Name}\" component", lines);
        Assert.Contains($"NODE \"{sink.Id}.i.inbox\" \"inbox\" inbox", lines);
        Assert.Contains($"LINK \"{source.Id}\" \"{source.Id}.o.outbox\"", lines);
        Assert.Contains($"LINK \"{source.Id}.o.outbox\" \"{sink.Id}.i.inbox\"", lines);
        Assert.DoesNotContain(lines, l => l.Contains($"\"{wiring.Id}\"", StringComparison.Ordinal));
    }
}
