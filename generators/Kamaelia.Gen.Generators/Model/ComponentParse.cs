using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>
/// What reading one attributed class gave: its model, or the generator's own failure. It carries no location
/// unless it failed, so that an edit elsewhere in the file, which moves the class, leaves it unchanged.
/// </summary>
/// <param name="Model">The model, or null when reading the class failed.</param>
/// <param name="Failure">The exception the generator met, with the class's location, or null.</param>
internal sealed record ComponentParse(ComponentModel? Model, GenerationFailure? Failure);
