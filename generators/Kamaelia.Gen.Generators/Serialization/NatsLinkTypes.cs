using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Recognises the NATS link components (NatsPublishTo&lt;T&gt; and its siblings in Kamaelia.Nats), whose element
/// type crosses a process boundary. Shared with the analyzers so that both see the same uses.
/// </summary>
internal static class NatsLinkTypes
{
    public const string Namespace = "Kamaelia.Nats";

    /// <summary>The registry of serializers; its presence means the compilation references Kamaelia.Nats.</summary>
    public const string MessageTypesRegistry = "Kamaelia.Nats.NatsMessageTypes";

    /// <summary>The cheap syntax test: a generic name spelt like one of the link components, with one type argument.</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } name && IsLinkName(name.Identifier.ValueText);

    /// <summary>
    /// The element type of a link component named by <paramref name="name"/>, or null when the name binds to
    /// something else (a user type of the same name, or nothing yet while it is being typed).
    /// </summary>
    public static ITypeSymbol? ElementType(GenericNameSyntax name, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var info = semanticModel.GetSymbolInfo(name, cancellationToken);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        var type = symbol switch
        {
            INamedTypeSymbol named => named,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType,
            _ => semanticModel.GetTypeInfo(name, cancellationToken).Type as INamedTypeSymbol,
        };

        if (type is not { TypeArguments.Length: 1 } || !IsLinkName(type.Name)
            || type.ContainingType is not null || type.ContainingNamespace?.ToDisplayString() != Namespace)
        {
            return null;
        }

        return type.TypeArguments[0];
    }

    private static bool IsLinkName(string name) =>
        name is "NatsPublishTo" or "NatsSubscribeTo" or "NatsDurablePublishTo" or "NatsDurableSubscribeTo";
}
