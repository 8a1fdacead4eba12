using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>What stops the generator from writing the other half of a class.</summary>
internal enum CompletionObstacle
{
    /// <summary>Nothing: every declaration of the class and of the classes it is nested in is partial.</summary>
    None,

    /// <summary>A declaration of the class lacks <c>partial</c>.</summary>
    NotPartial,

    /// <summary>A class it is nested in lacks <c>partial</c>.</summary>
    ContainerNotPartial,

    /// <summary>The class (or one it is nested in) is <c>file</c>-local: a generated file would declare a different type.</summary>
    FileLocal,
}

/// <summary>
/// Whether the generator can complete a class from a file of its own: the rule the generator applies before it
/// writes anything and KAM001 explains, in one place.
/// </summary>
internal static class ClassCompletion
{
    /// <summary>The first obstacle found from the class outwards, or <see cref="CompletionObstacle.None"/>.</summary>
    public static CompletionObstacle ObstacleOf(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return CompletionObstacle.FileLocal;
            }

            if (!IsPartialEverywhere(current))
            {
                return SymbolEqualityComparer.Default.Equals(current, type) ? CompletionObstacle.NotPartial : CompletionObstacle.ContainerNotPartial;
            }
        }

        return CompletionObstacle.None;
    }

    /// <summary>True when every declaration of the type (not of its containers) carries the partial modifier.</summary>
    private static bool IsPartialEverywhere(INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }
}
