using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>
/// Turns box names into accessor names: words split at underscores, hyphens, spaces and other non-identifier
/// characters, each capitalised and joined ("inbox" to "Inbox", "my_box" to "MyBox"). A leading underscore marks
/// an internal box in Kamaelia's convention and is kept ("_signal" to "_Signal"); its accessor is not public.
/// Shared with the analyzers so that both agree on what a name becomes.
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

        var result = new StringBuilder(boxName.Length + 1);
        var isInternal = boxName[0] == '_';
        var startOfWord = true;
        foreach (var c in boxName)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                startOfWord = true;
                continue;
            }

            if (result.Length == 0 && !SyntaxFacts.IsIdentifierStartCharacter(c) && !isInternal)
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

        var name = isInternal ? "_" + result : result.ToString();
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? null
            : name;
    }

    /// <summary>True for an internal box's accessor (from a name with a leading underscore).</summary>
    public static bool IsInternalAccessor(string accessorName) => accessorName.Length > 0 && accessorName[0] == '_';
}
