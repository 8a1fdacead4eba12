using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// One box as its declaration is written: a box attribute on the class, or one on a partial property. The
/// generator and the analyzers read declarations through this one type, then each judges them its own way (the
/// generator declines anything unusable; the analyzers report it).
/// </summary>
internal sealed class BoxDeclaration
{
    public BoxDeclaration(AttributeData attribute, bool isInbox, IPropertySymbol? property)
    {
        Attribute = attribute;
        IsInbox = isInbox;
        Property = property;
    }

    /// <summary>The <c>[Inbox]</c>/<c>[Outbox]</c> attribute (generic or not).</summary>
    public AttributeData Attribute { get; }

    public bool IsInbox { get; }

    /// <summary>The partial property the attribute is on, or null for a class attribute.</summary>
    public IPropertySymbol? Property { get; }

    /// <summary>The declared name, or null while it is missing or not a constant string.</summary>
    public string? Name =>
        Attribute.ConstructorArguments.Length > 0 && Attribute.ConstructorArguments[0].Kind != TypedConstantKind.Error
            ? Attribute.ConstructorArguments[0].Value as string
            : null;

    /// <summary>True when the declaration says leaving the box unlinked is normal (<c>Optional = true</c>).</summary>
    public bool IsOptional => Attribute.NamedArguments.Any(a => a.Key == "Optional" && a.Value.Value is true);

    /// <summary>
    /// The messages' type: the attribute's type argument, <paramref name="objectType"/> for the untyped attribute,
    /// or the property's <c>Inbox&lt;T&gt;</c>/<c>Outbox&lt;T&gt;</c> argument; null when the property is not a box of the
    /// attribute's direction.
    /// </summary>
    public ITypeSymbol? ElementType(ITypeSymbol objectType)
    {
        if (Property is null)
        {
            return Attribute.AttributeClass is { IsGenericType: true, TypeArguments.Length: 1 } generic ? generic.TypeArguments[0] : objectType;
        }

        return Property.Type is INamedTypeSymbol { TypeArguments.Length: 1 } boxType
            && boxType.ContainingNamespace?.ToDisplayString() == KnownNames.AxonNamespace
            && boxType.MetadataName == (IsInbox ? "Inbox`1" : "Outbox`1")
                ? boxType.TypeArguments[0]
                : null;
    }
}
