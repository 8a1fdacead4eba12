using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>The runtime types the analyzers recognise, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, INamedTypeSymbol component)
    {
        Compilation = compilation;
        Component = component;
        ThreadedComponent = compilation.GetTypeByMetadataName("Axon.ThreadedComponent");
        Inbox = compilation.GetTypeByMetadataName("Axon.Inbox`1");
        Outbox = compilation.GetTypeByMetadataName("Axon.Outbox`1");
        Box = compilation.GetTypeByMetadataName("Axon.Box");
        Pipeline = compilation.GetTypeByMetadataName("Kamaelia.Chassis.Pipeline");
        Graphline = compilation.GetTypeByMetadataName("Kamaelia.Chassis.Graphline");
        Object = compilation.GetSpecialType(SpecialType.System_Object);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol Component { get; }

    public INamedTypeSymbol? ThreadedComponent { get; }

    public INamedTypeSymbol? Inbox { get; }

    public INamedTypeSymbol? Outbox { get; }

    /// <summary>The base of every box, which declares its read-only state (Count, IsFull, IsLinked...).</summary>
    public INamedTypeSymbol? Box { get; }

    public INamedTypeSymbol? Pipeline { get; }

    public INamedTypeSymbol? Graphline { get; }

    public INamedTypeSymbol Object { get; }

    /// <summary>The known types, or null when the compilation does not reference Axon (nothing to analyse).</summary>
    public static KnownTypes? From(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Axon.Component") is { } component ? new KnownTypes(compilation, component) : null;

    public bool IsComponent(ITypeSymbol? type) => DerivesFrom(type, Component);

    public bool IsThreaded(ITypeSymbol? type) => ThreadedComponent is not null && DerivesFrom(type, ThreadedComponent);

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for Axon.Inbox&lt;T&gt; (or Outbox when <paramref name="inbox"/> is false).</summary>
    public bool IsBoxType(ITypeSymbol? type, bool inbox) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, inbox ? Inbox : Outbox);

    /// <summary>
    /// True when a value of type <paramref name="from"/> may travel into a box of type <paramref name="to"/>:
    /// an upcast, or a downcast that the runtime checks per message. Unrelated types never can. Boxes test each
    /// message with <c>is T</c> and links test <c>Type.IsAssignableFrom</c>, so only conversions that keep the
    /// object (identity, reference, boxing, T into T?) count: a numeric or user-defined conversion never happens.
    /// </summary>
    public bool CanFlow(ITypeSymbol from, ITypeSymbol to)
    {
        if (from.TypeKind == TypeKind.Error || to.TypeKind == TypeKind.Error)
        {
            return true;
        }

        return IsAssignable(from, to)
            || IsAssignable(to, from)
            || from.TypeKind is TypeKind.Interface || to.TypeKind is TypeKind.Interface
            || from.TypeKind is TypeKind.TypeParameter || to.TypeKind is TypeKind.TypeParameter
            || from.TypeKind is TypeKind.Dynamic || to.TypeKind is TypeKind.Dynamic;
    }

    /// <summary>What <c>to.IsAssignableFrom(from)</c> says at run time.</summary>
    private bool IsAssignable(ITypeSymbol from, ITypeSymbol to)
    {
        var conversion = Compilation.ClassifyCommonConversion(from, to);
        var isBoxing = from.IsValueType && to.IsReferenceType;
        return (conversion.IsImplicit && !conversion.IsUserDefined && (conversion.IsIdentity || conversion.IsReference || isBoxing))
            || (to is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && SymbolEqualityComparer.Default.Equals(nullable.TypeArguments[0], from));
    }
}
