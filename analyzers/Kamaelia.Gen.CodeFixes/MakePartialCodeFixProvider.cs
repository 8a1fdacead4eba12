using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.CodeFixes;

/// <summary>
/// KAM001: makes a component class partial, and every type it is nested in, so the generator can complete it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider))]
[Shared]
public sealed class MakePartialCodeFixProvider : CodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM001_MakePartial";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.NotPartial.Id);

    /// <inheritdoc />
    /// <remarks>
    /// Document by document rather than batched: two classes nested in one outer class would both make the
    /// outer class partial, and a batch would see those as conflicting edits.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await MakePartialAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // A file-local class is partial already; what it needs is a decision about its visibility.
            if (root is null || diagnostic.Properties.ContainsKey(CodeFixProperties.Obstacle) || DeclarationAt(root, diagnostic) is not { } declaration)
            {
                continue;
            }

            var nested = declaration.Ancestors().OfType<TypeDeclarationSyntax>().Any(t => !IsPartial(t));
            context.RegisterCodeFix(
                CodeAction.Create(
                    nested ? $"Make '{declaration.Identifier.ValueText}' and its containing types partial" : $"Make '{declaration.Identifier.ValueText}' partial",
                    cancellationToken => MakePartialAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    Key),
                diagnostic);
        }
    }

    private static async Task<Document> MakePartialAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var targets = new HashSet<TypeDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (DeclarationAt(root, diagnostic) is { } declaration)
            {
                targets.UnionWith(declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(t => !IsPartial(t)));
            }
        }

        return targets.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(targets, (_, current) => AddPartial(current)));
    }

    /// <summary>The type declaration whose identifier the diagnostic is on.</summary>
    private static TypeDeclarationSyntax? DeclarationAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is TypeDeclarationSyntax declaration
        && declaration.Identifier.Span == diagnostic.Location.SourceSpan
            ? declaration
            : null;

    private static bool IsPartial(TypeDeclarationSyntax declaration) => declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Adds <c>partial</c> as the last modifier, right before the keyword, where C# requires it.</summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (IsPartial(declaration))
        {
            return declaration;
        }

        if (declaration.Modifiers.Count > 0)
        {
            return declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        // No modifiers: the keyword carries the declaration's leading trivia (indentation, comments), which
        // moves to the new first token.
        var keyword = declaration.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
