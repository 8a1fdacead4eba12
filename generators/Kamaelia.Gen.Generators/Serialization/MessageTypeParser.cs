using System.Linq;
using System.Threading;
using Kamaelia.Gen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Turns one use of a NATS link component (<c>NatsPublishTo&lt;Order&gt;</c>) into a <see cref="MessageTypeUse"/>,
/// or null when there is nothing to generate: not a Kamaelia.Nats link, an open or half-typed element type, or
/// one the rules refuse (the analyzer's KAM040 says why).
/// </summary>
internal static class MessageTypeParser
{
    public static MessageTypeUse? Parse(GenericNameSyntax name, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var elementType = NatsLinkTypes.ElementType(name, semanticModel, cancellationToken);
        if (elementType is null || MessageTypeRules.IsOpen(elementType))
        {
            return null;
        }

        var closure = MessageTypeRules.Resolve(elementType, semanticModel.Compilation, cancellationToken);
        if (!closure.IsSerializable)
        {
            return null;
        }

        var types = closure.Shapes.Select(ToModel).ToEquatableArray();
        return new MessageTypeUse(closure.Shapes[0].Key, types);
    }

    private static MessageTypeModel ToModel(ResolvedMessageShape shape) => new(
        shape.Key,
        shape.Type.ToDisplayString(MessageTypeRules.DisplayFormat),
        shape.Kind,
        shape.Type.IsReferenceType,
        shape.PrimitiveConverter,
        shape.Element?.ToDisplayString(MessageTypeRules.KeyFormat),
        shape.Type is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? underlying.ToDisplayString(MessageTypeRules.KeyFormat) : null,
        shape.Members.Select(ToModel).ToEquatableArray());

    private static MessagePropertyModel ToModel(ResolvedMessageMember member) => new(
        member.Property.Name,
        member.Property.Type.ToDisplayString(MessageTypeRules.KeyFormat),
        member.Role,
        member.Parameter?.Ordinal ?? -1,
        member.Parameter is { } parameter ? DefaultValueLiterals.Of(parameter) : null);
}
