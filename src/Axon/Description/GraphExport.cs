using System.Text;

namespace Axon;

/// <summary>Renders descriptors as Mermaid flowcharts and Graphviz DOT text.</summary>
public static class GraphExport
{
    /// <summary>One component and its boxes as a Mermaid flowchart.</summary>
    public static string ToMermaid(ComponentDescriptor component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("    C[\"").Append(MermaidText(component.ComponentName)).Append("\"]\n");
        for (var i = 0; i < component.Inboxes.Count; i++)
        {
            var box = component.Inboxes[i];
            text.Append("    in").Append(i).Append("([\"").Append(MermaidText(BoxLabel(box))).Append("\"]) --> C\n");
        }

        for (var i = 0; i < component.Outboxes.Count; i++)
        {
            var box = component.Outboxes[i];
            text.Append("    C --> out").Append(i).Append("([\"").Append(MermaidText(BoxLabel(box))).Append("\"])\n");
        }

        return text.ToString();
    }

    /// <summary>A declared graph as a Mermaid flowchart: children as nodes, links as labelled edges.</summary>
    public static string ToMermaid(GraphDescriptor graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = NodeIds(graph);
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("    subgraph graph_self[\"").Append(MermaidText(graph.Graph.ComponentName)).Append("\"]\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("        ").Append(ids[node.Name]).Append("[\"").Append(MermaidText(node.Name + ": " + node.Descriptor.ComponentName)).Append("\"]\n");
        }

        text.Append("    end\n");
        var selfBoxes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            var from = EndpointId(graph, ids, edge.FromNode, edge.FromBox, BoxDirection.Inbox, text, selfBoxes);
            var to = EndpointId(graph, ids, edge.ToNode, edge.ToBox, BoxDirection.Outbox, text, selfBoxes);
            text.Append("    ").Append(from).Append(" -- \"").Append(MermaidText(edge.FromBox + " → " + edge.ToBox)).Append("\" --> ").Append(to).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One component and its boxes as Graphviz DOT text.</summary>
    public static string ToDot(ComponentDescriptor component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var text = new StringBuilder();
        text.Append("digraph ").Append(DotId(component.ComponentName)).Append(" {\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [shape=record];\n");
        text.Append("    component [label=").Append(RecordLabel(component.ComponentName, component)).Append("];\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A declared graph as Graphviz DOT text: children as records with their boxes as ports.</summary>
    public static string ToDot(GraphDescriptor graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ids = NodeIds(graph);
        var text = new StringBuilder();
        text.Append("digraph ").Append(DotId(graph.Graph.ComponentName)).Append(" {\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [shape=record];\n");
        text.Append("    ").Append(GraphDescriptor.Self).Append(" [label=").Append(RecordLabel(graph.Graph.ComponentName + " (self)", graph.Graph)).Append(", style=dashed];\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("    ").Append(ids[node.Name]).Append(" [label=").Append(RecordLabel(node.Name + ": " + node.Descriptor.ComponentName, node.Descriptor)).Append("];\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(DotEndpoint(ids, edge.FromNode, edge.FromBox, isSource: true))
                .Append(" -> ").Append(DotEndpoint(ids, edge.ToNode, edge.ToBox, isSource: false)).Append(";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static bool IsSelf(string node) => node.Length == 0 || node == GraphDescriptor.Self;

    private static Dictionary<string, string> NodeIds(GraphDescriptor graph)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            ids[graph.Nodes[i].Name] = "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + Sanitize(graph.Nodes[i].Name);
        }

        return ids;
    }

    private static string EndpointId(GraphDescriptor graph, Dictionary<string, string> ids, string node, string box, BoxDirection selfDirection, StringBuilder text, HashSet<string> declared)
    {
        if (!IsSelf(node))
        {
            return ids.TryGetValue(node, out var id) ? id : "unknown_" + Sanitize(node);
        }

        var selfId = "self_" + (selfDirection == BoxDirection.Inbox ? "in_" : "out_") + Sanitize(box);
        if (declared.Add(selfId))
        {
            var descriptor = selfDirection == BoxDirection.Inbox ? graph.Graph.FindInbox(box) : graph.Graph.FindOutbox(box);
            var label = descriptor is null ? box : BoxLabel(descriptor);
            text.Append("    ").Append(selfId).Append("([\"").Append(MermaidText("self." + label)).Append("\"])\n");
        }

        return selfId;
    }

    private static string DotEndpoint(Dictionary<string, string> ids, string node, string box, bool isSource)
    {
        // A child's link leaves from an outbox port and enters an inbox port; the graph's own boxes are the
        // other way round (its inbox is a source, its outbox a destination).
        var self = IsSelf(node);
        var port = (isSource ^ self ? "o_" : "i_") + Sanitize(box);
        var id = self ? GraphDescriptor.Self : ids.TryGetValue(node, out var known) ? known : "unknown_" + Sanitize(node);
        return id + ":" + port;
    }

    private static string RecordLabel(string title, ComponentDescriptor component)
    {
        var inboxes = string.Join("|", component.Inboxes.Select(b => "<i_" + Sanitize(b.Name) + "> " + DotRecordText(BoxLabel(b))));
        var outboxes = string.Join("|", component.Outboxes.Select(b => "<o_" + Sanitize(b.Name) + "> " + DotRecordText(BoxLabel(b))));
        return "\"{{" + inboxes + "}|" + DotRecordText(title) + "|{" + outboxes + "}}\"";
    }

    private static string BoxLabel(BoxDescriptor box) => box.Name + ": " + TypeNames.Of(box.ElementType);

    private static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return text.ToString();
    }

    // Mermaid reads labels as HTML: a generic type's angle brackets would open a tag and the type would vanish.
    private static string MermaidText(string text) =>
        text.Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal)
            .Replace(">", "#gt;", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal);

    private static string DotId(string name) => "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string DotRecordText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '{' or '}' or '|' or '<' or '>' or '"' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
