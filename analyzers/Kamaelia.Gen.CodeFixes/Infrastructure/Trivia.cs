using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.CodeFixes.Infrastructure;

/// <summary>Layout helpers, so inserted code sits in the lines and indentation of the code around it.</summary>
internal static class Trivia
{
    /// <summary>
    /// The indentation in a node's leading trivia: the whitespace that ends it (after a line break, or after a
    /// documentation comment, which carries its own line break).
    /// </summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = leading.Count;
        while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            start--;
        }

        return SyntaxFactory.TriviaList(leading.Skip(start));
    }

    /// <summary>True when the trivia ends its line.</summary>
    public static bool HasLineBreak(SyntaxTriviaList trivia) => trivia.Any(SyntaxKind.EndOfLineTrivia);

    /// <summary>The trivia reduced to its layout: its line break if it has one (comments stay where they were), else its whitespace.</summary>
    public static SyntaxTriviaList LayoutOnly(SyntaxTriviaList trivia) =>
        HasLineBreak(trivia)
            ? SyntaxFactory.TriviaList(trivia.First(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            : SyntaxFactory.TriviaList(trivia.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
}
