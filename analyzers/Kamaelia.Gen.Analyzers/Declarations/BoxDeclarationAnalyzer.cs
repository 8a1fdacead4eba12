using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Analyzers.Declarations;

/// <summary>
/// Checks box declarations: the class is partial (KAM001) and a Component (KAM002), names are unique (KAM003),
/// make an accessor (KAM004) that collides with nothing (KAM005). These are the cases in which the generator
/// declines to write anything, explained.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BoxDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Names the generator writes into every component class.</summary>
    private static readonly string[] GeneratorWrites = { "Declaration", "Graph", "OnStart", "OnShutdown" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial,
        DiagnosticDescriptors.NotAComponent,
        DiagnosticDescriptors.DuplicateBox,
        DiagnosticDescriptors.InvalidBoxName,
        DiagnosticDescriptors.AccessorCollision);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } known)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, known), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attributes = ComponentShape.BoxAttributes(type).ToList();
        var properties = BoxDeclarations.Properties(type);
        var hasHandlers = type.GetMembers().OfType<IMethodSymbol>().Any(m => m.GetAttributes().Any(a => ComponentShape.IsAxonAttribute(a, "HandlesAttribute")));
        var isGraph = type.GetAttributes().Any(a => ComponentShape.IsAxonAttribute(a, "GraphlineAttribute"));
        if (attributes.Count == 0 && properties.Count == 0 && !hasHandlers && !isGraph)
        {
            return;
        }

        var identifier = IdentifierLocation(type);
        if (!known.IsComponent(type))
        {
            if (attributes.Count > 0 || properties.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotAComponent, identifier, type.Name));
            }

            return;
        }

        switch (ClassCompletion.ObstacleOf(type))
        {
            case CompletionObstacle.NotPartial:
            case CompletionObstacle.ContainerNotPartial:
                var fix = type.ContainingType is not null ? "make it partial, and every class it is nested in" : "make it partial";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, DeclarationLackingPartial(type) ?? identifier, type.Name, "is not partial", fix));
                break;
            case CompletionObstacle.FileLocal:
                // Not a missing keyword: the code fix that adds partial is not offered (see MakePartialCodeFixProvider).
                var obstacle = ImmutableDictionary<string, string?>.Empty.Add(CodeFixProperties.Obstacle, nameof(CompletionObstacle.FileLocal));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, identifier, obstacle, type.Name,
                    type.IsFileLocal ? "is file-local" : "is nested in a file-local class",
                    "a partial class in another file would be a different type: drop 'file', and make it internal to keep it hidden"));
                break;
        }

        var seen = new HashSet<string>();
        var accessors = new Dictionary<string, string>();
        foreach (var attribute in attributes)
        {
            ComponentShape.IsBoxAttribute(attribute, out var isInbox);
            var kind = isInbox ? "inbox" : "outbox";
            if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            var location = AttributeArguments.LocationOf(attribute, 0);
            if (!seen.Add(kind + ":" + name))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateBox, location, type.Name, kind, name));
                continue;
            }

            var accessor = BoxNames.ToAccessorName(name);
            if (accessor is null)
            {
                var why = name.Length == 0 ? "is empty" : "has no letter or digit to make an accessor's name from";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidBoxName, location, kind, name, type.Name, why));
                continue;
            }

            if (accessors.TryGetValue(accessor, out var other))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AccessorCollision, location, kind, name, type.Name, accessor, $"the box \"{other}\" also gets"));
                continue;
            }

            accessors[accessor] = name;
            if (Collision(type, accessor, known) is { } collision)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AccessorCollision, location, kind, name, type.Name, accessor, collision));
            }
        }

        foreach (var (property, attribute, isInbox) in properties)
        {
            var kind = isInbox ? "inbox" : "outbox";
            if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            var location = AttributeArguments.LocationOf(attribute, 0);
            if (!seen.Add(kind + ":" + name))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateBox, location, type.Name, kind, name));
            }
            else if (name.Length == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidBoxName, location, kind, name, type.Name, "is empty"));
            }
            else if (PropertyProblem(property, isInbox, known) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidBoxName, property.Locations.FirstOrDefault(), kind, name, type.Name, problem));
            }
        }
    }

    /// <summary>Why a property cannot carry a box the generator implements, or null when it can.</summary>
    private static string? PropertyProblem(IPropertySymbol property, bool isInbox, KnownTypes known)
    {
        var expected = isInbox ? "Inbox<T>" : "Outbox<T>";
        if (!known.IsBoxType(property.Type, isInbox))
        {
            return known.IsBoxType(property.Type, !isInbox)
                ? $"is declared on '{property.Name}', an {(isInbox ? "outbox" : "inbox")}: an [{(isInbox ? "Inbox" : "Outbox")}] property has type {expected}"
                : $"is declared on '{property.Name}', whose type is not {expected}";
        }

        // The implementation the generator wrote is part of the compilation the analyzers see; one the user wrote is not allowed.
        var userImplemented = property.PartialImplementationPart is { } implementation && !GeneratedMembers.IsGenerated(implementation);
        if (!property.IsPartialDefinition || userImplemented || property.IsStatic || property.SetMethod is not null || property.IsIndexer)
        {
            return $"is declared on '{property.Name}', which the generator can implement only as a partial, get-only instance property ('public partial {expected} {property.Name} {{ get; }}')";
        }

        return null;
    }

    /// <summary>What the accessor would collide with, or null.</summary>
    private static string? Collision(INamedTypeSymbol type, string accessor, KnownTypes known)
    {
        if (accessor == type.Name)
        {
            return "is the class's own name";
        }

        if (GeneratorWrites.Contains(accessor))
        {
            return "the generator writes itself";
        }

        if (type.TypeParameters.Any(p => p.Name == accessor))
        {
            return "is the name of one of the class's type parameters";
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(accessor))
            {
                if (member.IsImplicitlyDeclared || GeneratedMembers.IsGenerated(member))
                {
                    continue;
                }

                var isOwn = SymbolEqualityComparer.Default.Equals(current, type);
                if (isOwn)
                {
                    return "is already a member of the class";
                }

                if (member.DeclaredAccessibility != Accessibility.Private
                    && !(member is IPropertySymbol property && (known.IsBoxType(property.Type, true) || known.IsBoxType(property.Type, false))))
                {
                    return $"would hide '{current.Name}.{accessor}'";
                }
            }
        }

        return null;
    }

    /// <summary>The name in the class's own declaration that lacks the partial modifier, when one does.</summary>
    private static Location? DeclarationLackingPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax())
            .OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword))?.Identifier.GetLocation();

    private static Location? IdentifierLocation(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();
}
