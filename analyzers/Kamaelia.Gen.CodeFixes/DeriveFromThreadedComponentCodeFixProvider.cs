using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kamaelia.Gen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Kamaelia.Gen.CodeFixes;

/// <summary>
/// KAM030: a component that must block moves to its own thread: its base class changes from
/// <c>Component</c> to <c>Axon.ThreadedComponent</c>. The user then writes <c>ThreadMain</c> (the compiler
/// asks for it, CS0534), where blocking calls are allowed. Offered only when the class derives from
/// <c>Component</c> directly: changing an intermediate base class would change every class built on it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeriveFromThreadedComponentCodeFixProvider))]
[Shared]
public sealed class DeriveFromThreadedComponentCodeFixProvider : CodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM030_DeriveFromThreadedComponent";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.BlockingCall.Id);

    /// <inheritdoc />
    /// <remarks>
    /// A component often blocks in several places, all fixed by one edit of its base list (which may be in
    /// another file of a partial class): Fix All collects the distinct base lists, then edits each once.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => SolutionFixAll.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FindBaseTypeAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } target)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Derive '{target.ClassName}' from ThreadedComponent",
                    cancellationToken => ReplaceAsync(context.Document.Project.Solution, new[] { target }, cancellationToken),
                    Key),
                diagnostic);
        }
    }

    /// <summary>The written base type <c>Component</c> of the class containing the blocking call, or null.</summary>
    private static async Task<Target?> FindBaseTypeAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type
            || model.Compilation.GetTypeByMetadataName("Axon.Component") is not { } component
            || model.Compilation.GetTypeByMetadataName("Axon.ThreadedComponent") is null
            || !SymbolEqualityComparer.Default.Equals(type.BaseType, component))
        {
            return null;
        }

        // Find the part of the (possibly partial) class that names the base class.
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not ClassDeclarationSyntax part
                || part.BaseList?.Types.FirstOrDefault() is not SimpleBaseTypeSyntax first
                || document.Project.Solution.GetDocument(part.SyntaxTree) is not { } partDocument)
            {
                continue;
            }

            var partModel = partDocument == document ? model : await partDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (partModel is not null && SymbolEqualityComparer.Default.Equals(partModel.GetTypeInfo(first.Type, cancellationToken).Type, component))
            {
                return new Target(partDocument.Id, first.Type.Span, type.Name);
            }
        }

        return null;
    }

    private static async Task<Solution> ReplaceAsync(Solution solution, IEnumerable<Target> targets, CancellationToken cancellationToken)
    {
        foreach (var group in targets.GroupBy(t => t.DocumentId))
        {
            if (solution.GetDocument(group.Key) is not { } document || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
            {
                continue;
            }

            var spans = new HashSet<TextSpan>(group.Select(t => t.Span));
            var baseTypes = root.DescendantNodes()
                .OfType<SimpleBaseTypeSyntax>()
                .Select(b => b.Type)
                .Where(t => spans.Contains(t.Span));
            var newRoot = root.ReplaceNodes(baseTypes, (original, _) =>
                SyntaxFactory.ParseTypeName("global::Axon.ThreadedComponent")
                    .WithTriviaFrom(original)
                    .WithAdditionalAnnotations(Simplifier.Annotation));
            solution = solution.WithDocumentSyntaxRoot(document.Id, newRoot);
        }

        return solution;
    }

    /// <summary>Where the base class is written: the document and the span of the type name.</summary>
    private sealed class Target
    {
        public Target(DocumentId documentId, TextSpan span, string className)
        {
            DocumentId = documentId;
            Span = span;
            ClassName = className;
        }

        public DocumentId DocumentId { get; }

        public TextSpan Span { get; }

        public string ClassName { get; }
    }

    /// <summary>Fix All in a document, project or solution: each base list is edited once, whatever the number of calls.</summary>
    private sealed class SolutionFixAll : FixAllProvider
    {
        public static readonly SolutionFixAll Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is { } document => ImmutableDictionary<Document, ImmutableArray<Diagnostic>>.Empty
                    .Add(document, await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)),
                FixAllScope.Project => await DocumentDiagnosticsAsync(fixAllContext, new[] { fixAllContext.Project }).ConfigureAwait(false),
                FixAllScope.Solution => await DocumentDiagnosticsAsync(fixAllContext, fixAllContext.Solution.Projects).ConfigureAwait(false),
                _ => ImmutableDictionary<Document, ImmutableArray<Diagnostic>>.Empty,
            };

            var targets = new List<Target>();
            foreach (var pair in diagnostics)
            {
                foreach (var diagnostic in pair.Value)
                {
                    if (await FindBaseTypeAsync(pair.Key, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } target)
                    {
                        targets.Add(target);
                    }
                }
            }

            return targets.Count == 0
                ? null
                : CodeAction.Create(
                    "Derive every blocking component from ThreadedComponent",
                    cancellationToken => ReplaceAsync(fixAllContext.Solution, targets, cancellationToken),
                    Key);
        }

        private static async Task<ImmutableDictionary<Document, ImmutableArray<Diagnostic>>> DocumentDiagnosticsAsync(FixAllContext context, IEnumerable<Project> projects)
        {
            var result = ImmutableDictionary<Document, ImmutableArray<Diagnostic>>.Empty;
            foreach (var project in projects)
            {
                foreach (var document in project.Documents)
                {
                    var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    if (!diagnostics.IsEmpty)
                    {
                        result = result.Add(document, diagnostics);
                    }
                }
            }

            return result;
        }
    }
}
