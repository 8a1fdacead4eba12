namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>A property of a message object: its JSON name is its C# name as written.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="TypeName">Its type's <see cref="MessageTypeModel.TypeName"/>.</param>
/// <param name="Role">How reading gives its value back.</param>
/// <param name="ArgumentPosition">The constructor parameter's position, for a constructor argument; otherwise -1.</param>
/// <param name="DefaultValue">The constructor parameter's default as C#, used when the property is absent; null when it is required.</param>
internal sealed record MessagePropertyModel(string Name, string TypeName, MessageMemberRole Role, int ArgumentPosition, string? DefaultValue);
