using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>The files written for one component, or the failure that stopped them.</summary>
/// <param name="FileNameHint">The component's <see cref="HierarchyInfo.FileNameHint"/>.</param>
/// <param name="Files">The generated files; empty when emitting failed.</param>
/// <param name="Failure">The exception met while emitting, without a location yet, or null.</param>
/// <param name="MetadataName">The class's metadata name, by which a failure finds its location.</param>
internal sealed record GeneratedComponent(string FileNameHint, EquatableArray<GeneratedFile> Files, GenerationFailure? Failure, string MetadataName);
