using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>The element type of one NATS link in the source, with every type its serializer needs.</summary>
/// <param name="RootTypeName">The element type's <see cref="MessageTypeModel.TypeName"/>: the type registered.</param>
/// <param name="Types">The element type and every type it reaches.</param>
internal sealed record MessageTypeUse(string RootTypeName, EquatableArray<MessageTypeModel> Types);
