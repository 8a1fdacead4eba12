using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>The generated graph descriptor holds every child and link, and its Mermaid and DOT renderings show them.</summary>
public sealed class DeclarativeGraphExportTests
{
    [Fact]
    public void TheGraphDescriptorHoldsTheChildrenWithTheirDeclarationsAndTheLinksInOrder()
    {
        var graph = DoubleThenIncrement.Graph;

        Assert.Same(DoubleThenIncrement.Declaration, graph.Graph);
        Assert.Equal(["Double", "Increment"], graph.Nodes.Select(n => n.Name));
        Assert.Same(Doubler.Declaration, graph.Nodes[0].Descriptor);
        Assert.Same(ComponentDescriptor.Standard, graph.Nodes[1].Descriptor);
        Assert.Equal(
            [
                new GraphEdge("self", "inbox", "Double", "inbox"),
                new GraphEdge("Double", "outbox", "Increment", "inbox"),
                new GraphEdge("Increment", "outbox", "self", "outbox"),
            ],
            graph.Edges);
        Assert.Same(graph, DoubleThenIncrement.Graph);
    }

    [Fact]
    public void TheMermaidRenderingHasEveryNodeAndEdge()
    {
        var mermaid = WatchedChain.Graph.ToMermaid();

        Assert.Contains("n0_Front[\"Front: ControlWatcher\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1_Back[\"Back: ControlWatcher\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("self_in_inbox -- \"inbox → inbox\" --> n0_Front", mermaid, StringComparison.Ordinal);
        Assert.Contains("n0_Front -- \"outbox → inbox\" --> n1_Back", mermaid, StringComparison.Ordinal);
        Assert.Contains("n0_Front -- \"signal → control\" --> n1_Back", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1_Back -- \"outbox → outbox\" --> self_out_outbox", mermaid, StringComparison.Ordinal);
        Assert.Equal(4, mermaid.Split('\n').Count(line => line.Contains("-->", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheDotRenderingHasEveryNodeAndEdge()
    {
        var dot = WatchedChain.Graph.ToDot();

        Assert.Contains("self [label=", dot, StringComparison.Ordinal);
        Assert.Contains("n0_Front [label=\"{{<i_inbox> inbox: int|<i_control> control: object}|Front: ControlWatcher|{<o_outbox> outbox: int|<o_signal> signal: object}}\"];", dot, StringComparison.Ordinal);
        Assert.Contains("n1_Back [label=", dot, StringComparison.Ordinal);
        Assert.Contains("self:i_inbox -> n0_Front:i_inbox;", dot, StringComparison.Ordinal);
        Assert.Contains("n0_Front:o_outbox -> n1_Back:i_inbox;", dot, StringComparison.Ordinal);
        Assert.Contains("n0_Front:o_signal -> n1_Back:i_control;", dot, StringComparison.Ordinal);
        Assert.Contains("n1_Back:o_outbox -> self:o_outbox;", dot, StringComparison.Ordinal);
        Assert.Equal(4, dot.Split('\n').Count(line => line.Contains("->", StringComparison.Ordinal)));
    }
}
