using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>How the generator spells types in generated code.</summary>
internal static class TypeNameFormats
{
    /// <summary>Fully qualified with global::, keeping nullable annotations (string?).</summary>
    public static readonly SymbolDisplayFormat FullyQualified =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Short, for display in descriptors (Buffer&lt;T&gt;).</summary>
    public static readonly SymbolDisplayFormat Short = SymbolDisplayFormat.MinimallyQualifiedFormat;

    /// <summary>True when the type or any part of it failed to bind.</summary>
    public static bool ContainsErrors(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsErrors(array.ElementType),
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
        INamedTypeSymbol named => ContainsErrorsInArguments(named),
        _ => false,
    };

    private static bool ContainsErrorsInArguments(INamedTypeSymbol named)
    {
        foreach (var argument in named.TypeArguments)
        {
            if (ContainsErrors(argument))
            {
                return true;
            }
        }

        return named.ContainingType is { } containing && ContainsErrorsInArguments(containing);
    }
}
