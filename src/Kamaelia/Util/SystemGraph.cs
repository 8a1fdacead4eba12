using System.Text;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// A picture of a running system: every component its scheduler holds (and every component reachable through
/// their links), their boxes, and every link between boxes, as it is at the moment of capture. Render it as
/// Mermaid or Graphviz DOT, or compare two captures (the <see cref="Introspector"/> does).
/// </summary>
public sealed class SystemGraph
{
    private SystemGraph(IReadOnlyList<Component> components, IReadOnlyList<(Box From, Box To)> links)
    {
        Components = components;
        Links = links;
    }

    /// <summary>The components, ordered by id.</summary>
    public IReadOnlyList<Component> Components { get; }

    /// <summary>Every link, as (source box, target box).</summary>
    public IReadOnlyList<(Box From, Box To)> Links { get; }

    /// <summary>Captures the system a scheduler runs. Call it from the scheduler's thread (a component's step), or while the scheduler is idle.</summary>
    public static SystemGraph Capture(Scheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return Capture(scheduler.Components);
    }

    /// <summary>Captures the given components and everything reachable from them through links and children.</summary>
    public static SystemGraph Capture(IEnumerable<Component> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var seen = new HashSet<Component>();
        var pending = new Stack<Component>(roots);
        while (pending.Count > 0)
        {
            var component = pending.Pop();
            if (!seen.Add(component))
            {
                continue;
            }

            foreach (var box in component.Inboxes.Values.Concat(component.Outboxes.Values))
            {
                if (box.Target is { } target)
                {
                    pending.Push(target.Owner);
                }

                foreach (var source in box.Sources)
                {
                    pending.Push(source.Owner);
                }
            }

            foreach (var child in component.ChildComponents())
            {
                pending.Push(child);
            }
        }

        var components = seen.OrderBy(c => c.Id).ToList();
        var links = components
            .SelectMany(c => c.Outboxes.Values.Concat(c.Inboxes.Values))
            .Where(b => b.Target is not null)
            .Select(b => (b, b.Target!))
            .ToList();
        return new SystemGraph(components, links);
    }

    /// <summary>The lines that describe the graph, one per node and link, in Axon's introspection format.</summary>
    public IReadOnlySet<string> Lines()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var component in Components)
        {
            lines.Add($"NODE \"{component.Id}\" \"{component.Name}\" component");
            foreach (var box in component.Inboxes.Values.Concat(component.Outboxes.Values))
            {
                lines.Add($"NODE \"{BoxId(box)}\" \"{box.Name}\" {(box.Direction == BoxDirection.Inbox ? "inbox" : "outbox")}");
                lines.Add($"LINK \"{component.Id}\" \"{BoxId(box)}\"");
            }
        }

        foreach (var (from, to) in Links)
        {
            lines.Add($"LINK \"{BoxId(from)}\" \"{BoxId(to)}\"");
        }

        return lines;
    }

    /// <summary>The system as a Mermaid flowchart: components as nodes, links as edges labelled with their boxes.</summary>
    public string ToMermaid()
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var component in Components)
        {
            text.Append("    c").Append(component.Id).Append("[\"").Append(ShortName(component).Replace("\"", "#quot;", StringComparison.Ordinal)).Append("\"]\n");
        }

        foreach (var (from, to) in Links)
        {
            text.Append("    c").Append(from.Owner.Id).Append(" -- \"")
                .Append((from.Name + " → " + to.Name).Replace("\"", "#quot;", StringComparison.Ordinal))
                .Append("\" --> c").Append(to.Owner.Id).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The system as Graphviz DOT text.</summary>
    public string ToDot()
    {
        var text = new StringBuilder("digraph system {\n    rankdir=LR;\n    node [shape=box];\n");
        foreach (var component in Components)
        {
            text.Append("    c").Append(component.Id).Append(" [label=\"").Append(Escape(ShortName(component))).Append("\"];\n");
        }

        foreach (var (from, to) in Links)
        {
            text.Append("    c").Append(from.Owner.Id).Append(" -> c").Append(to.Owner.Id)
                .Append(" [label=\"").Append(Escape(from.Name + " → " + to.Name)).Append("\"];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string BoxId(Box box) => $"{box.Owner.Id}.{(box.Direction == BoxDirection.Inbox ? "i" : "o")}.{box.Name}";

    private static string ShortName(Component component) => $"{component.GetType().Name} #{component.Id}";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
