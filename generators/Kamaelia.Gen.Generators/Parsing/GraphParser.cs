using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>Reads a [Graphline] class: its child properties and its [Link] attributes.</summary>
internal static class GraphParser
{
    public static bool IsGraphline(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass is { MetadataName: "GraphlineAttribute" } c && c.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace);

    /// <summary>The child properties: instance, non-indexer properties of component types, in declaration order.</summary>
    public static IReadOnlyList<IPropertySymbol> ChildProperties(INamedTypeSymbol type, INamedTypeSymbol componentType) =>
        type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.GetMethod is not null && DerivesFrom(p.Type, componentType))
            .OrderBy(p => p.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(p => p.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .ToList();

    /// <summary>The [Link] attributes in a stable order, with their four names (null where not a constant string).</summary>
    public static IReadOnlyList<(AttributeData Attribute, string? From, string? FromBox, string? To, string? ToBox)> Links(INamedTypeSymbol type) =>
        type.GetAttributes()
            .Where(a => a.AttributeClass is { MetadataName: "LinkAttribute" } c && c.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace)
            .OrderBy(a => a.ApplicationSyntaxReference?.SyntaxTree.FilePath ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(a => a.ApplicationSyntaxReference?.Span.Start ?? 0)
            .Select(a => (a, Arg(a, 0), Arg(a, 1), Arg(a, 2), Arg(a, 3)))
            .ToList();

    /// <summary>The graph model, or null when a link is unusable (a name that is not a constant string).</summary>
    public static GraphModel? Parse(INamedTypeSymbol type, IReadOnlyList<ParsedBox> ownBoxes, INamedTypeSymbol componentType, Compilation compilation, CancellationToken cancellationToken)
    {
        var children = ChildProperties(type, componentType);
        if (children.Any(c => !SyntaxFacts.IsValidIdentifier(c.Name)))
        {
            // A child property whose name is still being typed has no name the wiring could use.
            return null;
        }

        var childrenByName = children.ToDictionary(c => c.Name);
        var links = new List<GraphLinkModel>();
        foreach (var (_, from, fromBox, to, toBox) in Links(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (from is null || fromBox is null || to is null || toBox is null)
            {
                return null;
            }

            links.Add(ParseLink(from, fromBox, to, toBox, ownBoxes, childrenByName, componentType, compilation));
        }

        var childModels = children.Select(c => new GraphChildModel(c.Name, DescriptorExpression(c.Type), c.NullableAnnotation == NullableAnnotation.Annotated)).ToEquatableArray();
        return new GraphModel(childModels, links.ToEquatableArray(), !HandlerParser.DefinesMainOrStep(type));
    }

    private static GraphLinkModel ParseLink(
        string from, string fromBox, string to, string toBox,
        IReadOnlyList<ParsedBox> ownBoxes,
        Dictionary<string, IPropertySymbol> children,
        INamedTypeSymbol componentType,
        Compilation compilation)
    {
        var fromSelf = KnownNames.IsSelf(from);
        var toSelf = KnownNames.IsSelf(to);
        var kind = (fromSelf, toSelf) switch
        {
            (true, true) => LinkKind.SelfToSelf,
            (true, false) => LinkKind.Inward,
            (false, true) => LinkKind.Outward,
            _ => LinkKind.Normal,
        };

        var unknown = !fromSelf && !children.ContainsKey(from) ? from : !toSelf && !children.ContainsKey(to) ? to : null;
        if (unknown is not null || kind == LinkKind.SelfToSelf)
        {
            return new GraphLinkModel(from, fromBox, to, toBox, kind, null, null, unknown);
        }

        // The source is an outbox, except the graph's own inbox forwarded inward; the destination is an inbox,
        // except the graph's own outbox a child's outbox leaves through.
        var source = fromSelf
            ? OwnAccessor(ownBoxes, fromBox, isInbox: true)
            : ChildAccessor(children[from].Type, fromBox, isInbox: false, componentType, compilation);
        var destination = toSelf
            ? OwnAccessor(ownBoxes, toBox, isInbox: false)
            : ChildAccessor(children[to].Type, toBox, isInbox: true, componentType, compilation);

        // Typed wiring lets the C# compiler check the types. A downcast (an untyped box feeding a typed one, as
        // Kamaelia's standard boxes do) is legitimate but not expressible there: link it by name, checked per message.
        var typed = source is { } s && destination is { } d
            && !(IsDowncast(s.ElementType, d.ElementType, compilation));
        return typed
            ? new GraphLinkModel(from, fromBox, to, toBox, kind, source!.Value.Accessor, destination!.Value.Accessor, null)
            : new GraphLinkModel(from, fromBox, to, toBox, kind, null, null, null);
    }

    private static bool IsDowncast(ITypeSymbol from, ITypeSymbol to, Compilation compilation) =>
        !compilation.ClassifyCommonConversion(from, to).IsImplicit && compilation.ClassifyCommonConversion(to, from).IsImplicit;

    private static (string Accessor, ITypeSymbol ElementType)? OwnAccessor(IReadOnlyList<ParsedBox> boxes, string name, bool isInbox) =>
        boxes.FirstOrDefault(b => b.IsInbox == isInbox && b.Name == name) is { } box ? (box.AccessorName, box.ElementType) : null;

    /// <summary>
    /// The typed accessor a child type offers for a box: from the box attributes of the nearest type in its
    /// base chain that declares boxes (the generator writes those accessors), or from an existing property of
    /// type Inbox&lt;T&gt;/Outbox&lt;T&gt; (a component compiled elsewhere). Null means: link by name.
    /// </summary>
    private static (string Accessor, ITypeSymbol ElementType)? ChildAccessor(ITypeSymbol childType, string boxName, bool isInbox, INamedTypeSymbol componentType, Compilation compilation)
    {
        var accessor = BoxNames.ToAccessorName(boxName);
        if (accessor is null || BoxNames.IsInternalAccessor(accessor))
        {
            return null;
        }

        for (var type = childType as INamedTypeSymbol; type is not null && !SymbolEqualityComparer.Default.Equals(type, componentType); type = type.BaseType)
        {
            var declared = BoxDeclarations.Of(type);
            if (declared.Count > 0)
            {
                var declaration = declared.FirstOrDefault(d => d.IsInbox == isInbox && d.Name == boxName);
                var elementType = declaration?.ElementType(compilation.GetSpecialType(SpecialType.System_Object));
                if (declaration is null || elementType is null)
                {
                    return null;
                }

                // A box on a partial property is reached through that property, whatever its name.
                var declaredAccessor = declaration.Property?.Name ?? accessor;
                var reachable = declaration.Property is not { } boxProperty || compilation.IsSymbolAccessibleWithin(boxProperty, compilation.Assembly);

                // The accessor is no wider than its element type: one the graph cannot see is linked by name.
                return !reachable || TypeNameFormats.ContainsErrors(elementType) || !compilation.IsSymbolAccessibleWithin(elementType, compilation.Assembly)
                    ? null
                    : (declaredAccessor, elementType);
            }

            var property = type.GetMembers(accessor).OfType<IPropertySymbol>().FirstOrDefault(p => IsBoxType(p.Type, isInbox));
            if (property is { Type: INamedTypeSymbol boxType } && compilation.IsSymbolAccessibleWithin(property, compilation.Assembly))
            {
                return (accessor, boxType.TypeArguments[0]);
            }
        }

        return null;
    }

    private static bool IsBoxType(ITypeSymbol type, bool isInbox) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && named.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace
        && named.MetadataName == (isInbox ? "Inbox`1" : "Outbox`1");

    /// <summary>C# for the child type's descriptor: its generated Declaration when it has one, else the standard boxes.</summary>
    private static string DescriptorExpression(ITypeSymbol childType)
    {
        for (var type = childType as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (BoxDeclarations.DeclaresAny(type) || GraphIsGenerated(type)
                || type.GetMembers(KnownNames.DeclarationProperty).OfType<IPropertySymbol>().Any(p => p.IsStatic))
            {
                // Without the nullable annotation: a child property of type Doubler? still reads Doubler.Declaration.
                return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + KnownNames.DeclarationProperty;
            }
        }

        return "global::Axon.ComponentDescriptor.Standard";
    }

    private static bool GraphIsGenerated(INamedTypeSymbol type) =>
        IsGraphline(type) || HandlerParser.HandlerMethods(type).Count > 0;

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Arg(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length == 4 && attribute.ConstructorArguments[index].Kind != TypedConstantKind.Error
            ? attribute.ConstructorArguments[index].Value as string
            : null;
}
