using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>
/// The checks shared by both forms of graph (a Graphline built with collection initialisers, and a [Graphline]
/// class with [Link] attributes): names (KAM021, KAM010), directions (KAM011), types (KAM020), one destination
/// per box (KAM022) at once; unlinked boxes (KAM023, KAM024) queued for the end of the compilation.
/// </summary>
internal sealed class GraphChecker
{
    private readonly KnownTypes _known;
    private readonly ConcurrentDictionary<ITypeSymbol, BoxUse?> _boxUse;

    public GraphChecker(KnownTypes known, ConcurrentDictionary<ITypeSymbol, BoxUse?> boxUse)
    {
        _known = known;
        _boxUse = boxUse;
    }

    /// <summary>Checks one graph.</summary>
    /// <param name="self">The graph's own boxes, or null when they are made on demand (a Graphline).</param>
    /// <param name="children">The children by name.</param>
    /// <param name="links">The links, in source order.</param>
    /// <param name="graphKind">"Graphline" or "Declared", passed to the KAM024 code fix.</param>
    /// <param name="report">Reports a diagnostic now.</param>
    /// <param name="atEnd">Queues a whole-graph diagnostic for the end of the compilation.</param>
    public void Check(
        ComponentShape? self,
        IReadOnlyDictionary<string, GraphChild> children,
        IReadOnlyList<GraphLink> links,
        string graphKind,
        System.Action<Diagnostic> report,
        System.Action<Diagnostic> atEnd)
    {
        var destinations = new Dictionary<(string, string), GraphLink>();
        var linkedInboxes = new HashSet<(string, string)>();
        var linkedOutboxes = new HashSet<(string, string)>();
        foreach (var link in links)
        {
            var source = Resolve(link.From, isSource: true, self, children, report);
            var destination = Resolve(link.To, isSource: false, self, children, report);
            var sourceKey = (Normal(link.From.Node), link.From.Box);
            if (destinations.TryGetValue(sourceKey, out var earlier))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.BoxLinkedTwice, link.From.BoxLocation, link.From.Node, link.From.Box, earlier.To.Node, earlier.To.Box));
            }
            else
            {
                destinations[sourceKey] = link;
            }

            linkedOutboxes.Add(sourceKey);
            linkedInboxes.Add((Normal(link.To.Node), link.To.Box));
            if (source is { } from && destination is { } to && !_known.CanFlow(from.Box.ElementType, to.Box.ElementType))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.LinkTypeMismatch, link.To.BoxLocation,
                    from.Box.Name, link.From.Node, from.Box.ElementType.ToDisplayString(), to.Box.Name, link.To.Node, to.Box.ElementType.ToDisplayString()));
            }
        }

        foreach (var child in children.Values)
        {
            if (child.Shape is not { } shape || BoxUse.Of(shape, _boxUse) is not { } use)
            {
                continue;
            }

            // Internal boxes ("_name") are the component's own business, "signal" only carries shutdown notices,
            // which a graph may ignore, and an optional box is declared as fine to leave unlinked: none is reported.
            foreach (var inbox in shape.Inboxes.Where(b => !IsInternal(b.Name) && !b.IsOptional))
            {
                if (use.Reads.Contains(inbox.Name) && !linkedInboxes.Contains((child.Name, inbox.Name)))
                {
                    var severity = inbox.Name == "control" ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
                    atEnd(Diagnostic.Create(DiagnosticDescriptors.UnlinkedInbox, child.Location, severity, null, null, inbox.Name, child.Name, shape.Type.Name));
                }
            }

            foreach (var outbox in shape.Outboxes.Where(b => !IsInternal(b.Name) && b.Name != "signal" && !b.IsOptional))
            {
                if (use.Sends.Contains(outbox.Name) && !linkedOutboxes.Contains((child.Name, outbox.Name)))
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(CodeFixProperties.GraphKind, graphKind)
                        .Add(CodeFixProperties.Child, child.Name)
                        .Add(CodeFixProperties.Box, outbox.Name);
                    atEnd(Diagnostic.Create(DiagnosticDescriptors.UnlinkedOutbox, child.Location, properties, outbox.Name, child.Name, shape.Type.Name));
                }
            }
        }
    }

    private static bool IsSelf(string node) => node.Length == 0 || node == "self";

    private static bool IsInternal(string box) => box.StartsWith("_", System.StringComparison.Ordinal);

    private static string Normal(string node) => IsSelf(node) ? "self" : node;

    private (ComponentShape Shape, BoxInfo Box)? Resolve(GraphEndpoint endpoint, bool isSource, ComponentShape? self, IReadOnlyDictionary<string, GraphChild> children, System.Action<Diagnostic> report)
    {
        ComponentShape shape;
        bool wantsInbox;
        if (IsSelf(endpoint.Node))
        {
            // The graph's own boxes: an inbox forwarded in, or an outbox the children's output leaves through.
            if (self is null)
            {
                return null;
            }

            shape = self;
            wantsInbox = isSource;
        }
        else if (children.TryGetValue(endpoint.Node, out var child))
        {
            if (child.Shape is null)
            {
                return null;
            }

            shape = child.Shape;
            wantsInbox = !isSource;
        }
        else
        {
            var names = children.Keys.OrderBy(n => n, System.StringComparer.Ordinal).ToList();
            var properties = NameSuggestions.Closest(endpoint.Node, names) is { } closest
                ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Suggestion, closest)
                : ImmutableDictionary<string, string?>.Empty;
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownGraphComponent, endpoint.NodeLocation, properties, endpoint.Node,
                NameSuggestions.Hint(endpoint.Node, names), NameSuggestions.List(names)));
            return null;
        }

        if (shape.Find(endpoint.Box, wantsInbox) is { } box)
        {
            return (shape, box);
        }

        if (shape.Find(endpoint.Box, !wantsInbox) is { } opposite)
        {
            var advice = isSource
                ? (IsSelf(endpoint.Node) ? "a linkage from the graph itself starts at one of its inboxes" : "a linkage starts from a child's outbox")
                : (IsSelf(endpoint.Node) ? "a linkage to the graph itself ends at one of its outboxes" : "a linkage ends at a child's inbox");
            report(Diagnostic.Create(DiagnosticDescriptors.WrongDirection, endpoint.BoxLocation, endpoint.Box, shape.Type.Name, opposite.Kind, advice));
            return null;
        }

        if (!shape.IsDynamic)
        {
            var candidates = (wantsInbox ? shape.Inboxes : shape.Outboxes).Select(b => b.Name).ToList();
            var properties = NameSuggestions.Closest(endpoint.Box, candidates) is { } closest
                ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Suggestion, closest)
                : ImmutableDictionary<string, string?>.Empty;
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownBox, endpoint.BoxLocation, properties, shape.Type.Name, wantsInbox ? "inbox" : "outbox", endpoint.Box,
                $" (its {(wantsInbox ? "inboxes" : "outboxes")} are {NameSuggestions.List(candidates)}){NameSuggestions.Hint(endpoint.Box, candidates)}"));
        }

        return null;
    }
}
