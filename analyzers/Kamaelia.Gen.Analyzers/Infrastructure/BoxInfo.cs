using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>One box of a component type, as the analyzers see it.</summary>
internal sealed class BoxInfo
{
    public BoxInfo(string name, bool isInbox, ITypeSymbol elementType, AttributeData? attribute)
    {
        Name = name;
        IsInbox = isInbox;
        ElementType = elementType;
        Attribute = attribute;
    }

    public string Name { get; }

    public bool IsInbox { get; }

    public ITypeSymbol ElementType { get; }

    /// <summary>The declaring attribute, when the box was declared with one.</summary>
    public AttributeData? Attribute { get; }

    public string Kind => IsInbox ? "inbox" : "outbox";

    /// <summary>True when its declaration says leaving it unlinked is normal (<c>Optional = true</c>).</summary>
    public bool IsOptional => Attribute is { } attribute
        && attribute.NamedArguments.Any(a => a.Key == "Optional" && a.Value.Value is true);
}
