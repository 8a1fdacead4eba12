using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.CodeFixes.Infrastructure;

/// <summary>
/// "Did you mean ...?" fixes: replaces the string literal a diagnostic points at with the name the analyzer
/// suggested (<see cref="CodeFixProperties.Suggestion"/>). Only a literal is rewritten: a <c>nameof</c>, a
/// constant or an interpolation is left for the user, who knows where it comes from.
/// </summary>
public abstract class SuggestedNameCodeFixProvider : CodeFixProvider
{
    /// <summary>The diagnostic this provider fixes.</summary>
    protected abstract string DiagnosticId { get; }

    /// <summary>The stable key that groups these fixes for Fix All.</summary>
    protected abstract string EquivalenceKey { get; }

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CodeFixProperties.Suggestion, out var suggestion) || string.IsNullOrEmpty(suggestion)
                || FindLiteral(root, diagnostic) is not { } literal)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Change \"{literal.Token.ValueText}\" to \"{suggestion}\"",
                    cancellationToken => ReplaceAsync(context.Document, literal, suggestion!, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The string literal exactly at the diagnostic's location, or null.</summary>
    private static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
        && literal.Span == diagnostic.Location.SourceSpan
            ? literal
            : null;

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
