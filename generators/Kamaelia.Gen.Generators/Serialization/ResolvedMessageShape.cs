using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// One message type as <see cref="MessageTypeRules"/> found it, still holding symbols: it lives only inside one
/// pipeline step (or one analyzer callback) and is turned into plain values before it leaves.
/// </summary>
internal sealed class ResolvedMessageShape
{
    public ResolvedMessageShape(ITypeSymbol type, string key, MessageShapeKind kind)
    {
        Type = type;
        Key = key;
        Kind = kind;
    }

    public ITypeSymbol Type { get; }

    /// <summary>The type fully qualified with global:: and without nullable annotations: how shapes refer to each other.</summary>
    public string Key { get; }

    public MessageShapeKind Kind { get; }

    /// <summary>For a primitive: the name of its converter property on JsonMetadataServices.</summary>
    public string? PrimitiveConverter { get; init; }

    /// <summary>For a nullable, array or list: the element type.</summary>
    public ITypeSymbol? Element { get; init; }

    /// <summary>
    /// For an object: the properties written and read, base type's first, each in declaration order, with how the
    /// chosen constructor and the accessors give each one back.
    /// </summary>
    public IReadOnlyList<ResolvedMessageMember> Members { get; init; } = [];
}
