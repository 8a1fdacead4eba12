using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.CodeFixes.Infrastructure;

/// <summary>Adds an entry to a Graphline's <c>linkages: new() { ... }</c> initializer, in the style already used there.</summary>
internal static class GraphlineLinkages
{
    /// <summary>
    /// Adds the linkage from the child's outbox to the graph's own outbox of the same name: an indexer entry
    /// <c>[("CHILD", "box")] = ("self", "box")</c>, or <c>{ ("CHILD", "box"), ("self", "box") }</c> in an
    /// initializer written with Add-style entries (C# does not allow the two to be mixed).
    /// </summary>
    public static InitializerExpressionSyntax Add(InitializerExpressionSyntax initializer, string child, string box)
    {
        var from = $"({Literal(child)}, {Literal(box)})";
        var to = $"({Literal("self")}, {Literal(box)})";
        var text = initializer.IsKind(SyntaxKind.CollectionInitializerExpression) ? $"{{ {from}, {to} }}" : $"[{from}] = {to}";
        var entry = ((ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression($"new D {{ {text} }}")).Initializer!.Expressions[0].WithoutTrivia();
        return Append(initializer, entry);
    }

    /// <summary>
    /// The first element of an empty initializer: on its own line, one level in from the closing brace, when the
    /// braces are on lines of their own; else between them on one line.
    /// </summary>
    private static ExpressionSyntax First(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        var open = initializer.OpenBraceToken;
        var close = initializer.CloseBraceToken;
        if (Trivia.HasLineBreak(open.TrailingTrivia))
        {
            var indentation = Trivia.Indentation(close.LeadingTrivia);
            var unit = indentation.ToFullString().Contains("\t") ? "\t" : "    ";
            return entry
                .WithLeadingTrivia(indentation.Add(SyntaxFactory.Whitespace(unit)))
                .WithTrailingTrivia(Trivia.LayoutOnly(open.TrailingTrivia));
        }

        return entry
            .WithLeadingTrivia(open.TrailingTrivia.Any(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Space))
            .WithTrailingTrivia(close.LeadingTrivia.Any(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Space));
    }

    private static string Literal(string value) => SyntaxFactory.Literal(value).Text;

    /// <summary>Appends an element to an initializer, keeping its one-per-line or single-line layout and its trailing comma (or none).</summary>
    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(First(initializer, entry)));
        }

        var last = expressions[expressions.Count - 1];
        var items = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < expressions.Count - 1; i++)
        {
            items.Add(expressions[i]);
            items.Add(expressions.GetSeparator(i));
        }

        var indentation = Trivia.Indentation(last.GetLeadingTrivia());
        if (expressions.SeparatorCount == expressions.Count)
        {
            // "last,\n" → "last,\n    entry,\n": the new comma ends its line as the old one did.
            var comma = expressions.GetSeparator(expressions.Count - 1);
            items.Add(last);
            items.Add(comma);
            items.Add(entry.WithLeadingTrivia(indentation));
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(Trivia.LayoutOnly(comma.TrailingTrivia)));
        }
        else
        {
            // "last\n" → "last,\n    entry\n": the comma goes before whatever ended the last element's line.
            var after = last.GetTrailingTrivia();
            items.Add(last.WithoutTrailingTrivia());
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(after));
            items.Add(entry.WithLeadingTrivia(indentation).WithTrailingTrivia(Trivia.LayoutOnly(after)));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }
}
