using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Usage;

/// <summary>
/// Checks links made by name, <c>Link((a, "outbox"), (b, "inbox"), passthrough)</c>: both boxes exist (KAM010),
/// have the directions the passthrough kind needs (KAM011) and carry types that can flow (KAM020). At the end of
/// the compilation it looks for cycles of passthrough links between the same components (KAM026).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinkAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> LinkMethod = ImmutableHashSet.Create("Link");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownBox,
        DiagnosticDescriptors.WrongDirection,
        DiagnosticDescriptors.LinkTypeMismatch,
        DiagnosticDescriptors.PassthroughCycle);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is not { } known)
            {
                return;
            }

            var passthroughs = new ConcurrentQueue<PassthroughEdge>();
            WrittenNames.RegisterInvocations(start, LinkMethod, site => Analyze(site, known, passthroughs));
            start.RegisterCompilationEndAction(end => ReportCycles(end, passthroughs));
        });
    }

    private static void Analyze(OperationSite context, KnownTypes known, ConcurrentQueue<PassthroughEdge> passthroughs)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Link" || !SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Component))
        {
            return;
        }

        var sourceArgument = Operations.ArgumentFor(invocation, 0);
        var sinkArgument = Operations.ArgumentFor(invocation, 1);
        var passthrough = Operations.PassthroughOf(invocation);
        if (sourceArgument is null || sinkArgument is null
            || Operations.Pair(sourceArgument) is not { } source || Operations.Pair(sinkArgument) is not { } sink)
        {
            return;
        }

        var sourceBox = Endpoint(context, known, source, isSource: true, passthrough);
        var sinkBox = Endpoint(context, known, sink, isSource: false, passthrough);
        if (sourceBox is { } from && sinkBox is { } to && !known.CanFlow(from.Box.ElementType, to.Box.ElementType))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LinkTypeMismatch, sinkArgument.Syntax.GetLocation(),
                from.Box.Name, from.Shape.Type.Name, from.Box.ElementType.ToDisplayString(), to.Box.Name, to.Shape.Type.Name, to.Box.ElementType.ToDisplayString()));
        }

        var containing = context.ContainingSymbol?.ContainingType;
        if (passthrough != 0
            && Operations.ComponentIdentity(source.First, containing) is { } sourceIdentity
            && Operations.ComponentIdentity(sink.First, containing) is { } sinkIdentity
            && Operations.ConstantString(source.Second) is { } sourceName
            && Operations.ConstantString(sink.Second) is { } sinkName)
        {
            passthroughs.Enqueue(new PassthroughEdge((sourceIdentity, sourceName), (sinkIdentity, sinkName), invocation.Syntax.GetLocation()));
        }
    }

    private static (ComponentShape Shape, BoxInfo Box)? Endpoint(OperationSite context, KnownTypes known, (IOperation Component, IOperation Box) endpoint, bool isSource, int passthrough)
    {
        if (Operations.ConstantString(endpoint.Box) is not { } name || ComponentShape.Of(Operations.ConcreteType(endpoint.Component), known) is not { } shape)
        {
            return null;
        }

        // Outbox to inbox; Inward: inbox to inbox; Outward: outbox to outbox.
        var wantsInbox = isSource ? passthrough == 1 : passthrough != 2;
        var location = endpoint.Box.Syntax.GetLocation();
        if (shape.Find(name, wantsInbox) is { } box)
        {
            return (shape, box);
        }

        if (shape.Find(name, !wantsInbox) is { } opposite)
        {
            var advice = (isSource, opposite.IsInbox) switch
            {
                (true, true) => "a link starts from an outbox; to forward a parent's inbox to a child's, pass Passthrough.Inward",
                (true, false) => "an inward passthrough starts from the parent's inbox",
                (false, false) => "a link ends at an inbox; to send a child's outbox out through a parent's, pass Passthrough.Outward",
                (false, true) => "an outward passthrough ends at the parent's outbox",
            };
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongDirection, location, name, shape.Type.Name, opposite.Kind, advice));
            return null;
        }

        if (!shape.IsDynamic)
        {
            var candidates = (wantsInbox ? shape.Inboxes : shape.Outboxes).Select(b => b.Name).ToList();
            var properties = NameSuggestions.Closest(name, candidates) is { } closest
                ? ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Suggestion, closest)
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownBox, location, properties, shape.Type.Name, wantsInbox ? "inbox" : "outbox", name,
                $" (its {(wantsInbox ? "inboxes" : "outboxes")} are {NameSuggestions.List(candidates)}){NameSuggestions.Hint(name, candidates)}"));
        }

        return null;
    }

    private static void ReportCycles(CompilationAnalysisContext context, ConcurrentQueue<PassthroughEdge> edges)
    {
        var next = new Dictionary<(ISymbol, string), PassthroughEdge>(new EndpointComparer());
        foreach (var edge in edges.OrderBy(e => e.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(e => e.Location.SourceSpan.Start))
        {
            if (!next.ContainsKey(edge.From))
            {
                next[edge.From] = edge;
            }
        }

        var reported = new HashSet<(ISymbol, string)>(new EndpointComparer());
        foreach (var start in next.Keys.ToList())
        {
            var path = new List<PassthroughEdge>();
            var visited = new HashSet<(ISymbol, string)>(new EndpointComparer());
            var current = start;
            while (next.TryGetValue(current, out var edge) && visited.Add(current))
            {
                path.Add(edge);
                current = edge.To;
                if (new EndpointComparer().Equals(current, start))
                {
                    if (path.All(p => reported.Add(p.From)))
                    {
                        var description = string.Join(" → ", path.Select(p => $"{p.From.Item1.Name}.{p.From.Item2}").Concat(new[] { $"{start.Item1.Name}.{start.Item2}" }));
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PassthroughCycle, path[path.Count - 1].Location, description));
                    }

                    break;
                }
            }
        }
    }

    private sealed record PassthroughEdge((ISymbol, string) From, (ISymbol, string) To, Location Location);

    private sealed class EndpointComparer : IEqualityComparer<(ISymbol, string)>
    {
        public bool Equals((ISymbol, string) x, (ISymbol, string) y) => SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((ISymbol, string) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Item1) ^ obj.Item2.GetHashCode();
    }
}
