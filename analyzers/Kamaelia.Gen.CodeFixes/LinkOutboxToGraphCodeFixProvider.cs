using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Kamaelia.Gen.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.CodeFixes;

/// <summary>
/// KAM024: a child's outbox that nothing links to is sent out through the graph's own outbox of the same name.
/// In a <c>new Graphline(components: ..., linkages: new() { ... })</c> the linkage
/// <c>[("CHILD", "box")] = ("self", "box")</c> is added (the Graphline makes its outbox on demand); on a
/// <c>[Graphline]</c> class, <c>[Link("Child", "box", "self", "box")]</c> is added, offered only when the class
/// has that outbox (otherwise the new link would be a KAM010 error).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LinkOutboxToGraphCodeFixProvider))]
[Shared]
public sealed class LinkOutboxToGraphCodeFixProvider : CodeFixProvider
{
    /// <summary>The key shared by every fix of this kind, so Fix All can apply them together.</summary>
    public const string Key = "KAM024_LinkOutboxToGraph";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.UnlinkedOutbox.Id);

    /// <inheritdoc />
    /// <remarks>
    /// Document by document rather than batched: several outboxes of one graph all add to the same initializer
    /// or attribute lists, which a batch would see as conflicting edits.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await LinkAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await FindTargetAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } target)
            {
                continue;
            }

            var title = target.Initializer is not null
                ? $"Add the linkage [(\"{target.Child}\", \"{target.Box}\")] = (\"self\", \"{target.Box}\")"
                : $"Add [Link(\"{target.Child}\", \"{target.Box}\", \"self\", \"{target.Box}\")]";
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => LinkAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken), Key),
                diagnostic);
        }
    }

    private static async Task<Document> LinkAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var done = new HashSet<(SyntaxNode, string, string)>();
        // In source order, and by box name for one child's several outboxes, so the result does not depend on
        // the order the diagnostics arrive in.
        var ordered = diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Properties.TryGetValue(CodeFixProperties.Box, out var box) ? box : null, System.StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            if (await FindTargetAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is not { } target
                || !done.Add((target.Initializer ?? (SyntaxNode)target.Class!, target.Child, target.Box)))
            {
                continue;
            }

            if (target.Initializer is { } initializer)
            {
                editor.ReplaceNode(initializer, (current, _) => GraphlineLinkages.Add((InitializerExpressionSyntax)current, target.Child, target.Box));
            }
            else if (target.Class is { } declaration)
            {
                editor.ReplaceNode(declaration, (current, _) => LinkAttributes.Add((ClassDeclarationSyntax)current, target.AttributeName!, target.Child, target.Box));
            }
        }

        return editor.GetChangedDocument();
    }

    private static async Task<Target?> FindTargetAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CodeFixProperties.GraphKind, out var kind)
            || !diagnostic.Properties.TryGetValue(CodeFixProperties.Child, out var child) || child is null
            || !diagnostic.Properties.TryGetValue(CodeFixProperties.Box, out var box) || box is null
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return kind switch
        {
            "Graphline" => LinkagesInitializer(node, model, cancellationToken) is { } initializer ? new Target(child, box, initializer, null, null) : null,
            "Declared" => DeclaredGraph(node, model, child, box, cancellationToken),
            _ => null,
        };
    }

    /// <summary>The <c>linkages: new() { ... }</c> initializer of the Graphline whose components the child is in.</summary>
    private static InitializerExpressionSyntax? LinkagesInitializer(SyntaxNode childName, SemanticModel model, CancellationToken cancellationToken)
    {
        var graphline = model.Compilation.GetTypeByMetadataName("Kamaelia.Chassis.Graphline");
        foreach (var creation in childName.Ancestors().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (graphline is null || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, cancellationToken).Type, graphline)
                || model.GetOperation(creation, cancellationToken) is not IObjectCreationOperation operation)
            {
                continue;
            }

            var components = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "components");
            var linkages = operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "linkages");
            if (components is null || !components.Syntax.Span.Contains(childName.Span) || linkages is null)
            {
                return null;
            }

            var value = linkages.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value.Syntax is BaseObjectCreationExpressionSyntax { Initializer: { } initializer }
                && initializer.Kind() is SyntaxKind.ObjectInitializerExpression or SyntaxKind.CollectionInitializerExpression
                    ? initializer
                    : null;
        }

        return null;
    }

    /// <summary>The [Graphline] class the child property is in, when the class has an outbox of the box's name.</summary>
    private static Target? DeclaredGraph(SyntaxNode childProperty, SemanticModel model, string child, string box, CancellationToken cancellationToken)
    {
        if (childProperty.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is not { } property
            || property.Parent is not ClassDeclarationSyntax declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type
            || !BoxDeclarations.HasOutbox(type, box, model.Compilation))
        {
            return null;
        }

        return new Target(child, box, null, declaration, LinkAttributes.NameFor(declaration, model, cancellationToken));
    }

    private sealed class Target
    {
        public Target(string child, string box, InitializerExpressionSyntax? initializer, ClassDeclarationSyntax? declaration, NameSyntax? attributeName)
        {
            Child = child;
            Box = box;
            Initializer = initializer;
            Class = declaration;
            AttributeName = attributeName;
        }

        public string Child { get; }

        public string Box { get; }

        /// <summary>The Graphline's linkages initializer (the "Graphline" form).</summary>
        public InitializerExpressionSyntax? Initializer { get; }

        /// <summary>The [Graphline] class (the "Declared" form).</summary>
        public ClassDeclarationSyntax? Class { get; }

        /// <summary>How to write the Link attribute's name in that class.</summary>
        public NameSyntax? AttributeName { get; }
    }
}
