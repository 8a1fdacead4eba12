using System.Collections.Immutable;
using Kamaelia.Gen.Benchmarks.Compilation;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// One project in two variants. As written (B): the sources a user writes, built with the source generator (and
/// any analyzers that come with it) on. Plain (A): the same sources plus the generator's output from a build of
/// B, checked in as ordinary files, with the generator and its analyzers off. A builds to the same types and
/// members as B (checked), so B ÷ A is what the generator and its analyzers add to a build.
/// </summary>
internal sealed class BuildPair
{
    private BuildPair(string name, BuildVariant plain, BuildVariant asWritten, int generatedFiles)
    {
        Name = name;
        Plain = plain;
        AsWritten = asWritten;
        GeneratedFiles = generatedFiles;
    }

    public string Name { get; }

    public BuildVariant Plain { get; }

    public BuildVariant AsWritten { get; }

    public int GeneratedFiles { get; }

    /// <summary>The project and the edit made to it; the items of each variant's project file.</summary>
    public sealed record Definition(
        string Name,
        ImmutableArray<SourceFile> Sources,
        string EditedFile,
        string BodyStatement,
        string EditedBodyStatement,
        string GeneratorAssembly,
        string CommonItems,
        string GeneratorOnItems,
        string GeneratorOffItems);

    /// <summary>
    /// Writes and builds B once, keeping what the generator wrote, then writes and builds A with those files, and
    /// checks that both give the same assembly shape. Each has been built once afterwards (not yet warm).
    /// </summary>
    public static BuildPair Create(BuildCostWorkspace workspace, Definition definition)
    {
        var asWritten = new BuildVariant(
            workspace.WriteProject(definition.Name + ".AsWritten", definition.CommonItems + definition.GeneratorOnItems, definition.Sources),
            definition.EditedFile, definition.BodyStatement, definition.EditedBodyStatement);
        var harvest = workspace.Path("harvest", definition.Name);
        asWritten.Build("-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + harvest);

        // Only the measured generator's files: the SDK's other generators stay on in both variants.
        var generatorOutput = Path.Combine(harvest, definition.GeneratorAssembly);
        var generated = Directory.Exists(generatorOutput)
            ? Directory.GetFiles(generatorOutput, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(path => new SourceFile(Path.Combine("Generated", Path.GetRelativePath(generatorOutput, path)), File.ReadAllText(path)))
                .ToList()
            : [];
        if (generated.Count == 0)
        {
            throw new InvalidOperationException($"{definition.GeneratorAssembly} wrote nothing for {definition.Name}.");
        }

        var plain = new BuildVariant(
            workspace.WriteProject(definition.Name + ".Plain", definition.CommonItems + definition.GeneratorOffItems, [.. definition.Sources, .. generated]),
            definition.EditedFile, definition.BodyStatement, definition.EditedBodyStatement);
        plain.Build();
        if (AssemblyShape.FirstDifference(AssemblyShape.Of(plain.Assembly), AssemblyShape.Of(asWritten.Assembly)) is { } difference)
        {
            throw new InvalidOperationException($"{definition.Name}: the plain variant does not build what the generator builds; {difference}");
        }

        return new BuildPair(definition.Name, plain, asWritten, generated.Count);
    }
}
