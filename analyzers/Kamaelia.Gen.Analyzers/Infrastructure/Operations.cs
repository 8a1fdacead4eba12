using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>Small helpers for reading operations: see through conversions, read constant strings.</summary>
internal static class Operations
{
    /// <summary>
    /// The value given for the parameter at <paramref name="ordinal"/>, or null: arguments come in source order,
    /// which named arguments may change, so they are read by parameter.
    /// </summary>
    public static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The passthrough kind of a by-name Link call (0 none, 1 inward, 2 outward), read from its third argument.</summary>
    public static int PassthroughOf(IInvocationOperation link) =>
        ArgumentFor(link, 2)?.ConstantValue is { HasValue: true, Value: int kind } ? kind : 0;

    /// <summary>The operation under any implicit or explicit conversions (the concrete expression).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant string an operation evaluates to (a literal, a const, nameof), or null.</summary>
    public static string? ConstantString(IOperation? operation) =>
        operation is not null && operation.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    /// <summary>The static type of the expression under its conversions.</summary>
    public static ITypeSymbol? ConcreteType(IOperation operation) => Unwrap(operation).Type;

    /// <summary>The elements of a tuple expression, seen through conversions, or null when it is not a tuple literal.</summary>
    public static (IOperation First, IOperation Second)? Pair(IOperation operation) =>
        Unwrap(operation) is ITupleOperation { Elements.Length: 2 } tuple ? (tuple.Elements[0], tuple.Elements[1]) : null;

    /// <summary>A stable identity for the component an expression denotes (this, a local, a field, a property), or null.</summary>
    public static ISymbol? ComponentIdentity(IOperation operation, ISymbol? containingType) => Unwrap(operation) switch
    {
        IInstanceReferenceOperation => containingType,
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property when property.Arguments.Length == 0 => property.Property,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };
}
