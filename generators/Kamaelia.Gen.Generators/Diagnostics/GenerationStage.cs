namespace Kamaelia.Gen.Generators.Diagnostics;

/// <summary>The two stages of completing a class, where a failure can be injected by tests.</summary>
internal enum GenerationStage
{
    /// <summary>Reading the class's symbol into a model.</summary>
    Parsing,

    /// <summary>Writing the generated files from the model.</summary>
    Emitting,
}
