using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>Tells members the generator wrote (which analyzers see too) from members the user wrote.</summary>
internal static class GeneratedMembers
{
    public static bool IsGenerated(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "Kamaelia.Gen.Generators")
        || (member.DeclaringSyntaxReferences.Length > 0
            && member.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)
                && r.SyntaxTree.FilePath.Contains("Kamaelia.Gen.Generators")));
}
