using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>Spells a user's identifier so it compiles, with @ when it is a keyword.</summary>
internal static class Identifiers
{
    public static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
