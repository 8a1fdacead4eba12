using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>
/// Tells, without binding the method body, that a call such as <c>Outbox.Send(x)</c> or <c>this.Inbox.TryRecv(out m)</c>
/// is made on one of the component's own typed box properties: its receiver is a simple name (or <c>this.</c>/<c>base.</c>
/// and a name) that the containing type, or a base, declares as an <c>Inbox&lt;T&gt;</c> or <c>Outbox&lt;T&gt;</c> property,
/// and that no parameter or local of the member hides. Such a call is neither Component's by-name API nor a blocking
/// call, so the analyzers that look for those need not bind it; asking the semantic model anything inside a body
/// binds the whole body.
/// </summary>
internal static class TypedBoxReceiver
{
    public static bool IsTypedBoxCall(InvocationExpressionSyntax invocation, ISymbol? containingSymbol, KnownTypes known)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: var receiver }
            || ReceiverName(receiver) is not { } name
            || (containingSymbol as INamedTypeSymbol ?? containingSymbol?.ContainingType) is not { } type
            || !DeclaresBoxProperty(type, name, known))
        {
            return false;
        }

        return !LocalNames.MayHide(invocation, name);
    }

    private static string? ReceiverName(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax, Name: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
        _ => null,
    };

    private static bool DeclaresBoxProperty(INamedTypeSymbol type, string name, KnownTypes known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                return member is IPropertySymbol property && (known.IsBoxType(property.Type, inbox: true) || known.IsBoxType(property.Type, inbox: false));
            }
        }

        return false;
    }
}
