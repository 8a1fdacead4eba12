using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>
/// Checks graphs in both of their forms: <c>new Graphline(components: new() {...}, linkages: new() {...})</c>
/// with constant names, and [Graphline] classes with [Link] attributes. See <see cref="GraphChecker"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GraphAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownBox,
        DiagnosticDescriptors.WrongDirection,
        DiagnosticDescriptors.LinkTypeMismatch,
        DiagnosticDescriptors.UnknownGraphComponent,
        DiagnosticDescriptors.BoxLinkedTwice,
        DiagnosticDescriptors.UnlinkedInbox,
        DiagnosticDescriptors.UnlinkedOutbox);

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

            var checker = new GraphChecker(known, new ConcurrentDictionary<ITypeSymbol, BoxUse?>(SymbolEqualityComparer.Default));
            var wholeGraph = new ConcurrentQueue<Diagnostic>();
            if (known.Graphline is not null)
            {
                WrittenNames.RegisterObjectCreations(start, known.Graphline.Name, site => AnalyzeGraphline(site, known, checker, wholeGraph));
            }

            start.RegisterSymbolAction(symbol => AnalyzeDeclaredGraph(symbol, known, checker, wholeGraph), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in wholeGraph)
                {
                    end.ReportDiagnostic(diagnostic);
                }
            });
        });
    }

    private static void AnalyzeGraphline(OperationSite context, KnownTypes known, GraphChecker checker, ConcurrentQueue<Diagnostic> wholeGraph)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, known.Graphline))
        {
            return;
        }

        var components = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "components")?.Value;
        var linkages = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "linkages")?.Value;
        if (components is null || linkages is null || !IsWrittenOut(components) || !IsWrittenOut(linkages))
        {
            // A dictionary built elsewhere may hold any children and links: nothing can be said about the graph.
            return;
        }

        var children = new Dictionary<string, GraphChild>();
        foreach (var (key, value) in Entries(components))
        {
            if (Operations.ConstantString(key) is not { } name)
            {
                return;
            }

            children[name] = new GraphChild(name, ComponentShape.Of(Operations.ConcreteType(value), known), key.Syntax.GetLocation());
        }

        var links = new List<GraphLink>();
        foreach (var (key, value) in Entries(linkages))
        {
            if (Endpoint(key) is not { } from || Endpoint(value) is not { } to)
            {
                return;
            }

            links.Add(new GraphLink(from, to, key.Syntax.GetLocation()));
        }

        checker.Check(null, children, links, "Graphline", context.ReportDiagnostic, wholeGraph.Enqueue);
    }

    private static void AnalyzeDeclaredGraph(SymbolAnalysisContext context, KnownTypes known, GraphChecker checker, ConcurrentQueue<Diagnostic> wholeGraph)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => ComponentShape.IsAxonAttribute(a, "GraphlineAttribute")) || ComponentShape.Of(type, known) is not { } self)
        {
            return;
        }

        var children = new Dictionary<string, GraphChild>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            // The generator's children: every readable instance property of a component type. One typed as plain
            // Component is a child too, whose boxes cannot be known (its shape is null).
            if (!property.IsStatic && !property.IsIndexer && property.GetMethod is not null && known.IsComponent(property.Type))
            {
                children[property.Name] = new GraphChild(property.Name, ComponentShape.Of(property.Type, known), property.Locations.FirstOrDefault() ?? Location.None);
            }
        }

        var links = new List<GraphLink>();
        foreach (var attribute in type.GetAttributes().Where(a => ComponentShape.IsAxonAttribute(a, "LinkAttribute")))
        {
            if (attribute.ConstructorArguments.Length != 4 || attribute.ConstructorArguments.Any(a => a.Value is not string))
            {
                continue;
            }

            var values = attribute.ConstructorArguments.Select(a => (string)a.Value!).ToArray();
            var locations = Enumerable.Range(0, 4).Select(i => AttributeArguments.LocationOf(attribute, i) ?? Location.None).ToArray();
            links.Add(new GraphLink(
                new GraphEndpoint(values[0], locations[0], values[1], locations[1]),
                new GraphEndpoint(values[2], locations[2], values[3], locations[3]),
                attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None));
        }

        checker.Check(self, children, links, "Declared", context.ReportDiagnostic, wholeGraph.Enqueue);
    }

    /// <summary>True for a dictionary created right here with nothing but its initializer (<c>new() { ... }</c>).</summary>
    private static bool IsWrittenOut(IOperation dictionary) =>
        Operations.Unwrap(dictionary) is IObjectCreationOperation { Arguments.Length: 0 };

    /// <summary>The (key, value) entries of a dictionary built with an initializer: <c>[k] = v</c> or <c>{ k, v }</c>.</summary>
    private static IEnumerable<(IOperation Key, IOperation Value)> Entries(IOperation dictionary)
    {
        if (Operations.Unwrap(dictionary) is not IObjectCreationOperation { Initializer: { } initializer })
        {
            yield break;
        }

        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer, Value: var value }:
                    yield return (indexer.Arguments[0].Value, value);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                    yield return (add.Arguments[0].Value, add.Arguments[1].Value);
                    break;
            }
        }
    }

    private static GraphEndpoint? Endpoint(IOperation tuple) =>
        Operations.Pair(tuple) is { } pair && Operations.ConstantString(pair.First) is { } node && Operations.ConstantString(pair.Second) is { } box
            ? new GraphEndpoint(node, pair.First.Syntax.GetLocation(), box, pair.Second.Syntax.GetLocation())
            : null;
}
