using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>Everything the one generated registration file holds, sorted so that the file never depends on source order.</summary>
/// <param name="RootTypeNames">The types registered with NatsMessageTypes, each once.</param>
/// <param name="Types">Every type read or written, each once.</param>
internal sealed record MessageTypesModel(EquatableArray<string> RootTypeNames, EquatableArray<MessageTypeModel> Types);
