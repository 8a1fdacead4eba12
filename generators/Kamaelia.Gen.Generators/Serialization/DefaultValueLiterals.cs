using System;
using System.Globalization;
using Kamaelia.Gen.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Spells a constructor parameter's default value as C#, so that a message read without that property gets
/// the value the constructor would have given it.
/// </summary>
internal static class DefaultValueLiterals
{
    /// <summary>The default as a C# expression, or null when the parameter has none (the property is then required).</summary>
    public static string? Of(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            // "= default" on a struct parameter; null for a reference or Nullable<T> parameter.
            return parameter.Type.IsValueType && ReferenceEquals(type, parameter.Type) ? "default" : "null";
        }

        var typeName = type.ToDisplayString(MessageTypeRules.KeyFormat);
        if (type.TypeKind == TypeKind.Enum)
        {
            return "(" + typeName + ")(" + Number(value) + ")";
        }

        return value switch
        {
            bool flag => flag ? "true" : "false",
            string text => Literals.String(text),
            char character => SymbolDisplay.FormatLiteral(character, quote: true),
            float single => Real(single, "float", "F"),
            double real => Real(real, "double", "D"),
            decimal money => money.ToString(CultureInfo.InvariantCulture) + "M",
            _ => "(" + typeName + ")(" + Number(value) + ")",
        };
    }

    private static string Number(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "0";

    private static string Real(double value, string keyword, string suffix) =>
        double.IsNaN(value) ? keyword + ".NaN"
        : double.IsPositiveInfinity(value) ? keyword + ".PositiveInfinity"
        : double.IsNegativeInfinity(value) ? keyword + ".NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + suffix;

    private static string Real(float value, string keyword, string suffix) =>
        float.IsNaN(value) ? keyword + ".NaN"
        : float.IsPositiveInfinity(value) ? keyword + ".PositiveInfinity"
        : float.IsNegativeInfinity(value) ? keyword + ".NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + suffix;
}
