using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>One type the generated serializers read and write, as plain values.</summary>
/// <param name="TypeName">The type fully qualified with global::, without nullable reference annotations; shapes refer to each other by it.</param>
/// <param name="DisplayName">The type as a user would write it, for generated names and error messages.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="IsReferenceType">True when a value may be null (the generated code then reads and writes null).</param>
/// <param name="PrimitiveConverter">For a primitive: its converter property on JsonMetadataServices.</param>
/// <param name="ElementTypeName">For a nullable, array or list: the element's <paramref name="TypeName"/>.</param>
/// <param name="EnumUnderlyingType">For an enum: the keyword of its underlying type ("int").</param>
/// <param name="Properties">For an object: its properties in the order they are written.</param>
internal sealed record MessageTypeModel(
    string TypeName,
    string DisplayName,
    MessageShapeKind Kind,
    bool IsReferenceType,
    string? PrimitiveConverter,
    string? ElementTypeName,
    string? EnumUnderlyingType,
    EquatableArray<MessagePropertyModel> Properties);
