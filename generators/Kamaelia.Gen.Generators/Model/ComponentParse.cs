using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>What reading one attributed class gave: its model and where it is declared, or the generator's own failure.</summary>
/// <param name="Model">The model, or null when reading the class failed.</param>
/// <param name="Site">Where the class is declared, kept apart from the model so that moving the class does not regenerate it.</param>
/// <param name="Failure">The exception the generator met, or null.</param>
internal sealed record ComponentParse(ComponentModel? Model, ComponentSite? Site, GenerationFailure? Failure);
