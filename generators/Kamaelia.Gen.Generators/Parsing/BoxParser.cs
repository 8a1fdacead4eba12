using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>Reads a class's [Inbox]/[Outbox] attributes.</summary>
internal static class BoxParser
{
    /// <summary>True when the attribute is one of the four box attributes.</summary>
    public static bool IsBoxAttribute(AttributeData attribute, out bool isInbox) => BoxDeclarations.IsBoxAttribute(attribute, out isInbox);

    /// <summary>
    /// Parses the box attributes; returns null when any is unusable (missing or non-constant name, an element
    /// type that did not bind, a name that makes no accessor, duplicates). The analyzers explain each case.
    /// </summary>
    public static List<ParsedBox>? Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var boxes = new List<ParsedBox>();
        var objectType = compilation.GetSpecialType(SpecialType.System_Object);
        foreach (var declaration in BoxDeclarations.Of(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var box = declaration.Property is { } property
                ? ParseProperty((property, declaration.Attribute, declaration.IsInbox))
                : ParseOne(declaration.Attribute, declaration.IsInbox, objectType);
            if (box is null)
            {
                return null;
            }

            boxes.Add(box);
        }

        var names = new HashSet<string>();
        var accessors = new HashSet<string>();
        foreach (var box in boxes)
        {
            if (!names.Add((box.IsInbox ? "in:" : "out:") + box.Name) || !accessors.Add(box.AccessorName))
            {
                return null;
            }
        }

        return boxes;
    }

    private static ParsedBox? ParseOne(AttributeData attribute, bool isInbox, ITypeSymbol objectType)
    {
        var attributeClass = attribute.AttributeClass!;
        if (attributeClass is IErrorTypeSymbol || attribute.ConstructorArguments.Length is < 1 or > 2)
        {
            return null;
        }

        var nameArgument = attribute.ConstructorArguments[0];
        if (nameArgument.Kind == TypedConstantKind.Error || nameArgument.Value is not string name)
        {
            return null;
        }

        string? description = null;
        if (attribute.ConstructorArguments.Length == 2)
        {
            var descriptionArgument = attribute.ConstructorArguments[1];
            if (descriptionArgument.Kind == TypedConstantKind.Error)
            {
                return null;
            }

            description = descriptionArgument.Value as string;
        }

        ITypeSymbol elementType = objectType;
        if (attributeClass.IsGenericType)
        {
            if (attributeClass.TypeArguments.Length != 1)
            {
                return null;
            }

            elementType = attributeClass.TypeArguments[0];
            if (TypeNameFormats.ContainsErrors(elementType) || elementType.IsRefLikeType || elementType.SpecialType == SpecialType.System_Void || elementType is ITypeParameterSymbol)
            {
                return null;
            }
        }

        var accessor = BoxNames.ToAccessorName(name);
        return accessor is null ? null : new ParsedBox(name, accessor, isInbox, elementType, description);
    }

    /// <summary>
    /// A box declared on a property: a partial, get-only, instance property of type Inbox&lt;T&gt; (for [Inbox]) or
    /// Outbox&lt;T&gt; (for [Outbox]) that nobody has implemented, whose T may be one of the class's type parameters.
    /// </summary>
    private static ParsedBox? ParseProperty((IPropertySymbol Property, AttributeData Attribute, bool IsInbox) declared)
    {
        var (property, attribute, isInbox) = declared;
        if (!property.IsPartialDefinition || property.PartialImplementationPart is not null || property.IsStatic
            || property.SetMethod is not null || property.GetMethod is null || property.Parameters.Length > 0
            || property.Type is not INamedTypeSymbol { TypeArguments.Length: 1 } boxType
            || boxType.ContainingNamespace?.ToDisplayString() != KnownNames.AxonNamespace
            || boxType.MetadataName != (isInbox ? "Inbox`1" : "Outbox`1")
            || attribute.AttributeClass is not { IsGenericType: false }
            || attribute.ConstructorArguments.Length is < 1 or > 2
            || attribute.ConstructorArguments[0].Value is not string name || name.Length == 0)
        {
            return null;
        }

        var elementType = boxType.TypeArguments[0];
        if (TypeNameFormats.ContainsErrors(elementType))
        {
            return null;
        }

        var description = attribute.ConstructorArguments.Length == 2 ? attribute.ConstructorArguments[1].Value as string : null;
        var accessibility = property.DeclaredAccessibility switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal => "internal",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.ProtectedAndInternal => "private protected",
            Accessibility.Private => "private",
            _ => null,
        };

        // The implementation repeats the declaration's modifiers, so a box may implement a base class's abstract accessor.
        var modifiers = property.IsSealed ? "sealed override"
            : property.IsOverride ? "override"
            : property.IsVirtual ? "virtual"
            : property.IsAbstract ? null
            : HidesInherited(property) ? "new"
            : string.Empty;
        return accessibility is null || modifiers is null ? null : new ParsedBox(name, property.Name, isInbox, elementType, description, accessibility, modifiers);
    }

    /// <summary>True when the declaration says <c>new</c>: it hides an inherited member of its name.</summary>
    private static bool HidesInherited(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax declaration
            && declaration.Modifiers.Any(m => m.ValueText == "new"));

    /// <summary>Axon's four standard untyped boxes, for a handled class that declares none.</summary>
    public static List<ParsedBox> StandardBoxes(ITypeSymbol objectType) =>
    [
        new("inbox", "Inbox", true, objectType, "Default inbox for bulk data"),
        new("control", "Control", true, objectType, "Secondary inbox, often used for shutdown signals"),
        new("outbox", "Outbox", false, objectType, "Default outbox for bulk data"),
        new("signal", "Signal", false, objectType, "Default outbox for shutdown signals"),
    ];
}
