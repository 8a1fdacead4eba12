using System.Collections.Generic;
using System.Linq;
using Kamaelia.Gen.Generators.Emitting;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>Reads where a class sits, and whether every declaration on the way is partial.</summary>
internal static class HierarchyParser
{
    /// <summary>The hierarchy, or null when the class or a containing type is not partial, is file-local, or is not a class-like type.</summary>
    public static HierarchyInfo? Parse(INamedTypeSymbol type)
    {
        if (ClassCompletion.ObstacleOf(type) != CompletionObstacle.None)
        {
            return null;
        }

        var chain = new List<TypeDeclarationInfo>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var keyword = KeywordOf(current);
            if (keyword is null || !HasNames(current))
            {
                return null;
            }

            // Spelled as C#: a type or type parameter named with a keyword (@class) keeps its @.
            var name = current.TypeParameters.Length == 0
                ? Identifiers.Escape(current.Name)
                : Identifiers.Escape(current.Name) + "<" + string.Join(", ", current.TypeParameters.Select(p => Identifiers.Escape(p.Name))) + ">";
            chain.Insert(0, new TypeDeclarationInfo(keyword, name));
        }

        for (var space = type.ContainingNamespace; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
        {
            if (!SyntaxFacts.IsValidIdentifier(space.Name))
            {
                return null;
            }
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return new HierarchyInfo(FileNameHint(type), ns, chain.ToEquatableArray());
    }

    /// <summary>
    /// False while the user is still typing a name: a class, type parameter or namespace whose identifier is missing
    /// (<c>class (</c>) has an empty name, which would make the generated declaration unparsable.
    /// </summary>
    private static bool HasNames(INamedTypeSymbol type) =>
        SyntaxFacts.IsValidIdentifier(type.Name) && type.TypeParameters.All(p => SyntaxFacts.IsValidIdentifier(p.Name));

    private static string? KeywordOf(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => type.IsRecord ? "record" : "class",
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        TypeKind.Interface => "interface",
        _ => null,
    };

    private static string FileNameHint(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "." + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? NamespaceName(ns) + "." + name : name;
    }

    /// <summary>The namespace's dotted name without the @ of keywords, which a hint name cannot contain.</summary>
    private static string NamespaceName(INamespaceSymbol ns) =>
        ns.ContainingNamespace is { IsGlobalNamespace: false } parent ? NamespaceName(parent) + "." + ns.Name : ns.Name;
}
