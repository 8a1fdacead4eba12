using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// Where boxes are declared: the four box attributes, on the class or on its partial properties. Shared by the
/// generator and the analyzers, so that both find the same declarations.
/// </summary>
internal static class BoxDeclarations
{
    /// <summary>True when the attribute is one of the four box attributes.</summary>
    public static bool IsBoxAttribute(AttributeData attribute, out bool isInbox)
    {
        isInbox = false;
        var type = attribute.AttributeClass;
        if (type is null || type.ContainingNamespace?.ToDisplayString() != KnownNames.AxonNamespace)
        {
            return false;
        }

        switch (type.MetadataName)
        {
            case "InboxAttribute" or "InboxAttribute`1":
                isInbox = true;
                return true;
            case "OutboxAttribute" or "OutboxAttribute`1":
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Every box the type itself declares (not its bases): the class attributes first, then the partial properties,
    /// each in a stable order (file path, then position), which is the order of the boxes in its descriptor.
    /// </summary>
    public static IReadOnlyList<BoxDeclaration> Of(INamedTypeSymbol type)
    {
        var declarations = new List<BoxDeclaration>();
        foreach (var attribute in ClassAttributes(type))
        {
            IsBoxAttribute(attribute, out var isInbox);
            declarations.Add(new BoxDeclaration(attribute, isInbox, null));
        }

        foreach (var (property, attribute, isInbox) in Properties(type))
        {
            declarations.Add(new BoxDeclaration(attribute, isInbox, property));
        }

        return declarations;
    }

    /// <summary>True when the type itself declares any box, on the class or on a property.</summary>
    public static bool DeclaresAny(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => IsBoxAttribute(a, out _)) || Properties(type).Count > 0;

    /// <summary>The box attributes on the class itself, in a stable order (file path, then position).</summary>
    public static IReadOnlyList<AttributeData> ClassAttributes(INamedTypeSymbol type) =>
        type.GetAttributes()
            .Where(a => IsBoxAttribute(a, out _))
            .OrderBy(a => a.ApplicationSyntaxReference?.SyntaxTree.FilePath ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(a => a.ApplicationSyntaxReference?.Span.Start ?? 0)
            .ToList();

    /// <summary>The properties of the type that carry a box attribute, in source order.</summary>
    public static IReadOnlyList<(IPropertySymbol Property, AttributeData Attribute, bool IsInbox)> Properties(INamedTypeSymbol type)
    {
        var found = new List<(IPropertySymbol, AttributeData, bool)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            foreach (var attribute in property.GetAttributes())
            {
                if (IsBoxAttribute(attribute, out var isInbox))
                {
                    found.Add((property, attribute, isInbox));
                }
            }
        }

        return found
            .OrderBy(f => f.Item1.Locations.FirstOrDefault()?.SourceTree?.FilePath ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(f => f.Item1.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .ToList();
    }
}
