using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class GraphlineDescriptorTests
{
    [Fact]
    public void TheMermaidExportListsEveryChildAndEveryLinkage()
    {
        var graph = new Graphline(
            components: new() { ["READER"] = new PassThrough(), ["ECHO"] = new ConsoleEchoer(output: TextWriter.Null) },
            linkages: new()
            {
                [("self", "inbox")] = ("READER", "inbox"),
                [("READER", "outbox")] = ("ECHO", "inbox"),
                [("ECHO", "signal")] = ("", "signal"),
            });

        var descriptor = graph.ToGraphDescriptor();
        var mermaid = descriptor.ToMermaid();

        Assert.Equal(["READER", "ECHO"], descriptor.Nodes.Select(n => n.Name));
        Assert.Equal(3, descriptor.Edges.Count);
        Assert.Contains(new GraphEdge("ECHO", "signal", GraphDescriptor.Self, "signal"), descriptor.Edges);
        Assert.Contains(new GraphEdge(GraphDescriptor.Self, "inbox", "READER", "inbox"), descriptor.Edges);
        Assert.StartsWith("flowchart LR", mermaid, StringComparison.Ordinal);
        Assert.Contains("n0_READER[\"READER: PassThrough\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1_ECHO[\"ECHO: ConsoleEchoer\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("n0_READER -- \"outbox → inbox\" --> n1_ECHO", mermaid, StringComparison.Ordinal);
        Assert.Contains("-- \"inbox → inbox\" --> n0_READER", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1_ECHO -- \"signal → signal\" --> self_out_signal", mermaid, StringComparison.Ordinal);
    }
}
