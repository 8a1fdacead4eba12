using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>Whether a name written in a member's code may mean something the member itself declares, read from syntax alone.</summary>
internal static class LocalNames
{
    /// <summary>
    /// True when a parameter, local, local function or query variable of the member enclosing <paramref name="node"/>
    /// (or a parameter of its type's primary constructor) has the name, and so could hide a member of the type.
    /// Outside any member it answers true, so that callers fall back to binding.
    /// </summary>
    public static bool MayHide(SyntaxNode node, string name)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (member is null)
        {
            return true;
        }

        if (member.Parent is TypeDeclarationSyntax { ParameterList: { } primary } && primary.Parameters.Any(p => p.Identifier.ValueText == name))
        {
            return true;
        }

        return member.DescendantNodes().Any(descendant => descendant switch
        {
            ParameterSyntax parameter => parameter.Identifier.ValueText == name,
            VariableDeclaratorSyntax variable => variable.Identifier.ValueText == name,
            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText == name,
            ForEachStatementSyntax loop => loop.Identifier.ValueText == name,
            CatchDeclarationSyntax caught => caught.Identifier.ValueText == name,
            LocalFunctionStatementSyntax function => function.Identifier.ValueText == name,
            FromClauseSyntax from => from.Identifier.ValueText == name,
            LetClauseSyntax let => let.Identifier.ValueText == name,
            JoinClauseSyntax join => join.Identifier.ValueText == name,
            QueryContinuationSyntax into => into.Identifier.ValueText == name,
            _ => false,
        });
    }
}
