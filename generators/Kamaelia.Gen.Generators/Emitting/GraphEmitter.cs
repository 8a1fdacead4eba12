using System.Linq;
using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>
/// Writes a [Graphline] class's wiring (typed Link calls where both ends have typed accessors, so the C#
/// compiler checks the types too), its run loop, and its graph descriptor for export.
/// </summary>
internal static class GraphEmitter
{
    public static string Emit(ComponentModel model, GraphModel graph)
    {
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        HierarchyWriter.Open(writer, model.Hierarchy);

        writer.Line("private static global::Axon.GraphDescriptor? __graph;");
        writer.Line();
        writer.Line("/// <summary>The graph this class declares: its children and links, ready to render as Mermaid or DOT.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("public static " + (model.HidesInheritedDeclaration ? "new " : string.Empty) + "global::Axon.GraphDescriptor Graph => __graph ??= new global::Axon.GraphDescriptor(");
        writer.Line("    Declaration,");
        writer.Line("    new global::Axon.GraphNode[]");
        writer.Line("    {");
        foreach (var child in graph.Children)
        {
            writer.Line("        new global::Axon.GraphNode(" + Literals.String(child.PropertyName) + ", " + child.DescriptorExpression + "),");
        }

        writer.Line("    },");
        writer.Line("    new global::Axon.GraphEdge[]");
        writer.Line("    {");
        foreach (var link in graph.Links)
        {
            writer.Line("        new global::Axon.GraphEdge(" + Literals.String(Node(link.FromNode)) + ", " + Literals.String(link.FromBox) + ", " + Literals.String(Node(link.ToNode)) + ", " + Literals.String(link.ToBox) + "),");
        }

        writer.Line("    });");

        if (graph.EmitsMain)
        {
            writer.Line();
            writer.Line("/// <summary>Wires the children as the [Link] attributes say, then runs them as a Graphline.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("protected override global::System.Collections.Generic.IEnumerable<object?> Main()");
            foreach (var link in graph.Links)
            {
                writer.Line("// [Link(" + Literals.String(link.FromNode) + ", " + Literals.String(link.FromBox) + ", " + Literals.String(link.ToNode) + ", " + Literals.String(link.ToBox) + ")]");
                writer.Line(Wiring(link, graph) + ";");
            }

            writer.Line("return RunGraph(" + string.Join(", ", graph.Children.Select(c => Child(c.PropertyName, graph))) + ");");
            writer.Close();
        }

        HierarchyWriter.Close(writer, model.Hierarchy);
        return writer.ToString();
    }

    private static string Node(string node) => node.Length == 0 ? "self" : node;

    /// <summary>A child's property as an expression; a nullable one gets ! (a null child fails in RunGraph).</summary>
    private static string Child(string propertyName, GraphModel graph) =>
        Identifiers.Escape(propertyName) + (graph.Children.Any(c => c.PropertyName == propertyName && c.MayBeNull) ? "!" : string.Empty);

    private static string Wiring(GraphLinkModel link, GraphModel graph)
    {
        if (link.UnknownChild is { } unknown)
        {
            var known = string.Concat(graph.Children.Select(c => ", " + Literals.String(c.PropertyName)));
            return "ThrowUnknownGraphChild(" + Literals.String(unknown) + known + ")";
        }

        var from = link.Kind is LinkKind.Inward or LinkKind.SelfToSelf ? "this" : Child(link.FromNode, graph);
        var to = link.Kind is LinkKind.Outward or LinkKind.SelfToSelf ? "this" : Child(link.ToNode, graph);
        if (link.FromAccessor is { } fromAccessor && link.ToAccessor is { } toAccessor)
        {
            return "Link(" + from + "." + fromAccessor + ", " + to + "." + toAccessor + ")";
        }

        var passthrough = link.Kind switch
        {
            LinkKind.Inward => "global::Axon.Passthrough.Inward",
            LinkKind.Outward => "global::Axon.Passthrough.Outward",
            _ => "global::Axon.Passthrough.None",
        };
        return "Link((" + from + ", " + Literals.String(link.FromBox) + "), (" + to + ", " + Literals.String(link.ToBox) + "), " + passthrough + ")";
    }
}
