using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Kamaelia.Gen.CodeFixes.Infrastructure;

/// <summary>Adds a <c>[Link]</c> attribute to a [Graphline] class, next to the ones already there.</summary>
internal static class LinkAttributes
{
    /// <summary>
    /// How this class writes the Link attribute: as an existing [Link] does; else as its [Graphline] is written,
    /// with Link for Graphline (<c>Axon.Graphline</c> → <c>Axon.Link</c>); else fully qualified and simplified.
    /// </summary>
    public static NameSyntax NameFor(ClassDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        var attributes = declaration.AttributeLists.SelectMany(l => l.Attributes).ToList();
        if (attributes.FirstOrDefault(a => IsAxon(a, "LinkAttribute", model, cancellationToken)) is { } link)
        {
            return link.Name.WithoutTrivia();
        }

        if (attributes.FirstOrDefault(a => IsAxon(a, "GraphlineAttribute", model, cancellationToken)) is { } graphline
            && Renamed(graphline.Name) is { } renamed)
        {
            return renamed;
        }

        return SyntaxFactory.ParseName("global::Axon.Link").WithAdditionalAnnotations(Simplifier.Annotation);
    }

    /// <summary>Adds <c>[Link("child", "box", "self", "box")]</c> after the class's last [Link] (or its [Graphline]).</summary>
    public static ClassDeclarationSyntax Add(ClassDeclarationSyntax declaration, NameSyntax name, string child, string box)
    {
        var arguments = new[] { child, box, "self", box }
            .Select(v => SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(v))));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(name.WithoutTrivia(), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)))))
            .NormalizeWhitespace();

        var lists = declaration.AttributeLists;
        if (lists.Count == 0)
        {
            // This part of a partial class has no attributes (its [Graphline] is on another part): the new list
            // takes the declaration's leading trivia, and the declaration starts on the next line, indented alike.
            var leading = declaration.GetLeadingTrivia();
            var lineBreak = declaration.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var first = declaration.GetFirstToken();
            return declaration
                .ReplaceToken(first, first.WithLeadingTrivia(Trivia.Indentation(leading)))
                .WithAttributeLists(SyntaxFactory.SingletonList(list
                    .WithLeadingTrivia(leading)
                    .WithTrailingTrivia(lineBreak.IsKind(SyntaxKind.EndOfLineTrivia) ? lineBreak : SyntaxFactory.LineFeed)));
        }

        var text = name.ToString();
        var anchor = LastIndex(lists, a => a.Name.ToString() == text);
        if (anchor < 0)
        {
            anchor = LastIndex(lists, a => LastIdentifierIs(a.Name, "Graphline") || LastIdentifierIs(a.Name, "GraphlineAttribute"));
        }

        if (anchor < 0)
        {
            anchor = lists.Count - 1;
        }

        var anchorList = lists[anchor];
        var placed = Trivia.HasLineBreak(anchorList.GetTrailingTrivia())
            ? list.WithLeadingTrivia(Trivia.Indentation(lists[0].GetLeadingTrivia())).WithTrailingTrivia(Trivia.LayoutOnly(anchorList.GetTrailingTrivia()))
            : list.WithTrailingTrivia(Trivia.LayoutOnly(anchorList.GetTrailingTrivia()));
        return declaration.WithAttributeLists(lists.Insert(anchor + 1, placed));
    }

    private static int LastIndex(SyntaxList<AttributeListSyntax> lists, System.Func<AttributeSyntax, bool> predicate)
    {
        for (var i = lists.Count - 1; i >= 0; i--)
        {
            if (lists[i].Attributes.Any(a => predicate(a)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAxon(AttributeSyntax attribute, string metadataName, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType is { } type
        && type.MetadataName == metadataName
        && type.ContainingNamespace?.ToDisplayString() == "Axon";

    private static bool LastIdentifierIs(NameSyntax name, string identifier) => Last(name)?.Identifier.ValueText == identifier;

    private static SimpleNameSyntax? Last(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        _ => null,
    };

    /// <summary>The Graphline attribute's name with Graphline replaced by Link, or null for an alias.</summary>
    private static NameSyntax? Renamed(NameSyntax graphline)
    {
        var last = Last(graphline);
        var replacement = last?.Identifier.ValueText switch
        {
            "Graphline" => "Link",
            "GraphlineAttribute" => "LinkAttribute",
            _ => null,
        };
        return last is null || replacement is null
            ? null
            : graphline.ReplaceNode(last, SyntaxFactory.IdentifierName(replacement)).WithoutTrivia();
    }
}
