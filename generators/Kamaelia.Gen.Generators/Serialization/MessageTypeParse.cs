using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>What reading one use of a NATS link gave: its element types, or the generator's own failure.</summary>
/// <param name="Use">The element type and the types it reaches, or null when reading failed.</param>
/// <param name="Failure">The exception the generator met, or null.</param>
internal sealed record MessageTypeParse(MessageTypeUse? Use, GenerationFailure? Failure);
