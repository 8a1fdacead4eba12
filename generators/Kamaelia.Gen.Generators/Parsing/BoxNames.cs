using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// Turns box names into accessor names: words split at underscores, hyphens, spaces and other non-identifier
/// characters, each capitalised and joined ("inbox" to "Inbox", "my_box" to "MyBox"). Shared with the analyzers
/// so that both agree on what a name becomes.
/// </summary>
internal static class BoxNames
{
    /// <summary>The accessor name for a box name, or null when none can be made (empty, or no letter to start with).</summary>
    public static string? ToAccessorName(string? boxName)
    {
        if (boxName is null || boxName.Length == 0)
        {
            return null;
        }

        var result = new StringBuilder(boxName.Length);
        var startOfWord = true;
        foreach (var c in boxName)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                startOfWord = true;
                continue;
            }

            if (result.Length == 0 && !SyntaxFacts.IsIdentifierStartCharacter(c))
            {
                // An accessor cannot start with a digit: keep the digit after a leading letter-free prefix.
                result.Append("Box");
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (result.Length == 0)
        {
            return null;
        }

        var name = result.ToString();
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? null
            : name;
    }
}
