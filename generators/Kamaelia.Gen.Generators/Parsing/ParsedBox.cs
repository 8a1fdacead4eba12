using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>A box read from an attribute, with its element type symbol (used only inside one parse).</summary>
internal sealed class ParsedBox
{
    public ParsedBox(string name, string accessorName, bool isInbox, ITypeSymbol elementType, string? description, string? propertyAccessibility = null, string propertyModifiers = "")
    {
        PropertyAccessibility = propertyAccessibility;
        PropertyModifiers = propertyModifiers;
        Name = name;
        AccessorName = accessorName;
        IsInbox = isInbox;
        ElementType = elementType;
        Description = description;
    }

    public string Name { get; }

    public string AccessorName { get; }

    public bool IsInbox { get; }

    public ITypeSymbol ElementType { get; }

    public string? Description { get; }

    /// <summary>For a box declared on a partial property, the property's accessibility as written; null for a class attribute.</summary>
    public string? PropertyAccessibility { get; }

    /// <summary>For a box declared on a partial property, its other modifiers as written (<c>override</c>, <c>sealed override</c>, <c>virtual</c>, <c>new</c>), or empty.</summary>
    public string PropertyModifiers { get; }

    /// <summary>True when the box is declared on a partial property, whose name is the accessor's.</summary>
    public bool IsDeclaredByProperty => PropertyAccessibility is not null;
}
