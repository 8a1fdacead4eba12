using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>
/// Spells a user's identifier so it compiles, with @ when it is a keyword or a contextual keyword (a type the user
/// named @record or @file must keep its @; the @ is harmless on any other identifier).
/// </summary>
internal static class Identifiers
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
