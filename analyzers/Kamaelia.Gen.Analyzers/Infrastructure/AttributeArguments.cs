using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>Finds the exact syntax of an attribute argument, so a diagnostic points at the offending text.</summary>
internal static class AttributeArguments
{
    /// <summary>The location of the attribute's positional argument, else of the whole attribute.</summary>
    public static Location? LocationOf(AttributeData attribute, int index)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        var arguments = syntax.ArgumentList?.Arguments;
        return arguments is { } list && index < list.Count ? list[index].Expression.GetLocation() : syntax.GetLocation();
    }
}
