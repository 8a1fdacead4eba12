using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>A property of a message object and how its value is given back on reading.</summary>
internal sealed class ResolvedMessageMember
{
    public ResolvedMessageMember(IPropertySymbol property, MessageMemberRole role, IParameterSymbol? parameter)
    {
        Property = property;
        Role = role;
        Parameter = parameter;
    }

    public IPropertySymbol Property { get; }

    public MessageMemberRole Role { get; }

    /// <summary>The constructor parameter that takes the value, for <see cref="MessageMemberRole.ConstructorArgument"/>.</summary>
    public IParameterSymbol? Parameter { get; }
}
