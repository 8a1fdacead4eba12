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
/// KAM008 on an async void handler: makes it return Task, which the generated loop awaits before taking the
/// next message. The type is written as <c>Task</c> when that name means System.Threading.Tasks.Task where the
/// handler is; otherwise a using directive for System.Threading.Tasks is added.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidHandlerCodeFixProvider))]
[Shared]
public sealed class AsyncVoidHandlerCodeFixProvider : CodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM008_ReturnTask";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.HandlerReturnType.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(CodeFixProperties.AsyncVoid) || root is null || MethodAt(root, diagnostic) is not { } method)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{method.Identifier.ValueText}' return Task",
                    cancellationToken => ReturnTaskAsync(context.Document, method, cancellationToken),
                    Key),
                diagnostic);
        }
    }

    private static MethodDeclarationSyntax? MethodAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault();

    private static async Task<Document> ReturnTaskAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var taskType = model.Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        var nameIsVisible = model.LookupNamespacesAndTypes(method.ReturnType.SpanStart, name: "Task")
            .Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, taskType));
        var returnType = SyntaxFactory.IdentifierName("Task").WithTriviaFrom(method.ReturnType);
        var newRoot = root.ReplaceNode(method.ReturnType, returnType);
        if (!nameIsVisible && newRoot is CompilationUnitSyntax unit)
        {
            // The new line ends as the file's other usings do.
            var lineEnd = unit.Usings.LastOrDefault()?.GetTrailingTrivia() ?? SyntaxFactory.TriviaList(SyntaxFactory.ElasticLineFeed);
            newRoot = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("System.Threading.Tasks")).NormalizeWhitespace().WithTrailingTrivia(lineEnd));
        }

        return document.WithSyntaxRoot(newRoot);
    }
}
