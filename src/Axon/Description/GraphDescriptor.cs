namespace Axon;

/// <summary>
/// A declared graph: the graph component's own boxes, its children and its links. The generator writes one
/// for every <see cref="GraphlineAttribute"/> class; render it with <see cref="ToMermaid"/> or <see cref="ToDot"/>.
/// </summary>
public sealed class GraphDescriptor
{
    /// <summary>The node name that stands for the graph itself.</summary>
    public const string Self = "self";

    /// <summary>Creates a descriptor.</summary>
    public GraphDescriptor(ComponentDescriptor graph, IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Graph = graph;
        Nodes = [.. nodes];
        Edges = [.. edges];
    }

    /// <summary>The graph component's own boxes.</summary>
    public ComponentDescriptor Graph { get; }

    /// <summary>The children, in declaration order.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The links, in declaration order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The graph as a Mermaid flowchart.</summary>
    public string ToMermaid() => GraphExport.ToMermaid(this);

    /// <summary>The graph as Graphviz DOT text.</summary>
    public string ToDot() => GraphExport.ToDot(this);
}
