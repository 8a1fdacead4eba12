using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators;

/// <summary>
/// Decides which of a class's marked declarations reads the class. Roslyn runs every
/// <c>ForAttributeWithMetadataName</c> transform again after any edit (each is handed the new compilation), once
/// per attribute kind and per marked declaration: reading the class at each of them would read a typical
/// component four times. Only the first site reads it, by attribute kind (in <see cref="Kinds"/>' order), then
/// file path, then position; the others decline after looking at attributes the first site binds anyway.
/// </summary>
internal static class MarkedSites
{
    /// <summary>The attributes that mark a class for the generator, in the order that picks the reading site.</summary>
    public static readonly ImmutableArray<string> Kinds = ImmutableArray.Create(
        KnownNames.InboxAttribute,
        KnownNames.GenericInboxAttribute,
        KnownNames.OutboxAttribute,
        KnownNames.GenericOutboxAttribute,
        KnownNames.HandlesAttribute,
        KnownNames.GraphlineAttribute);

    /// <summary>The declarations that <c>ForAttributeWithMetadataName</c> is asked to match.</summary>
    public static bool CanBeMarked(SyntaxNode node) =>
        node is ClassDeclarationSyntax or MethodDeclarationSyntax or PropertyDeclarationSyntax;

    /// <summary>
    /// True when the site that <c>ForAttributeWithMetadataName</c> matched for the attribute kind
    /// <paramref name="kind"/> (an index into <see cref="Kinds"/>) is the class's first. Also true when the site
    /// cannot be found among the class's attributes: declining then could leave the class unread.
    /// </summary>
    public static bool IsFirst(GeneratorAttributeSyntaxContext syntax, int kind, CancellationToken cancellationToken)
    {
        if ((syntax.TargetSymbol as INamedTypeSymbol ?? syntax.TargetSymbol.ContainingType) is not { } type)
        {
            return true;
        }

        var compilation = syntax.SemanticModel.Compilation;
        var kindTypes = Kinds.Select(compilation.GetTypeByMetadataName).ToArray();
        Site? first = null;
        var matchedIsASite = false;
        foreach (var symbol in new ISymbol[] { type }.Concat(type.GetMembers().Where(m => m is IMethodSymbol or IPropertySymbol)))
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                var attributeKind = System.Array.FindIndex(kindTypes, k => k is not null && SymbolEqualityComparer.Default.Equals(k, attribute.AttributeClass?.OriginalDefinition));
                if (attributeKind < 0 || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).Parent?.Parent is not { } declaration || !CanBeMarked(declaration))
                {
                    continue;
                }

                var site = new Site(attributeKind, declaration);
                matchedIsASite |= attributeKind == kind && site.Is(syntax.TargetNode);
                if (first is null || site.ComesBefore(first.Value))
                {
                    first = site;
                }
            }
        }

        return !matchedIsASite || (first!.Value.Kind == kind && first.Value.Is(syntax.TargetNode));
    }

    /// <summary>One marked declaration: the attribute kind and where it is written.</summary>
    private readonly struct Site
    {
        private readonly SyntaxNode _declaration;

        public Site(int kind, SyntaxNode declaration)
        {
            Kind = kind;
            _declaration = declaration;
        }

        public int Kind { get; }

        public bool Is(SyntaxNode node) => node.SyntaxTree == _declaration.SyntaxTree && node.Span == _declaration.Span;

        public bool ComesBefore(Site other)
        {
            if (Kind != other.Kind)
            {
                return Kind < other.Kind;
            }

            var byPath = string.CompareOrdinal(_declaration.SyntaxTree.FilePath, other._declaration.SyntaxTree.FilePath);
            return byPath != 0 ? byPath < 0 : _declaration.SpanStart < other._declaration.SpanStart;
        }
    }
}
