using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>
/// What one attributed site of a class gave: its model, the generator's own failure, or nothing (another site
/// reads the class, or it is not one to complete). It carries no location unless it failed, so that an edit
/// elsewhere in the file, which moves the class, leaves it unchanged.
/// </summary>
/// <param name="Model">The model, or null.</param>
/// <param name="Failure">The exception the generator met, with the class's location, or null.</param>
internal sealed record ComponentParse(ComponentModel? Model, GenerationFailure? Failure)
{
    /// <summary>No model and no failure.</summary>
    public static ComponentParse Nothing { get; } = new(null, null);
}
