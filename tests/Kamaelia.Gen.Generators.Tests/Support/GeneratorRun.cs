using System.Collections.Immutable;
using Kamaelia.Gen.Generators;
using Kamaelia.Gen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>The outcome of running the generator over some source: what it wrote and how the result compiles.</summary>
internal sealed record GeneratorRun(
    ImmutableArray<(string HintName, string Text)> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Compilation OutputCompilation,
    GeneratorDriver Driver)
{
    /// <summary>Compile errors and warnings of the source plus the generated code.</summary>
    public IReadOnlyList<Diagnostic> ErrorsAndWarnings =>
        [.. CompilationDiagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)];

    public string Source(string hintNameEnd) => Sources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).Text;
}

/// <summary>Runs the generator the way the compiler does, against the real Axon runtime.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Generated.Test",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new ComponentGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorRun Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        AssertNoGenerationFailure(generatorDiagnostics);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new GeneratorRun(sources, generatorDiagnostics, output.GetDiagnostics(), output, driver);
    }

    /// <summary>
    /// KAM009 is a generator's report of an exception of its own: every test that runs a generator fails on it,
    /// except those that inject one.
    /// </summary>
    public static void AssertNoGenerationFailure(ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        if (FaultInjection.FailingStage is null)
        {
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id == GeneratorDiagnostics.GenerationFailed.Id);
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)), MetadataReference.CreateFromFile(typeof(Axon.Component).Assembly.Location)];
    }
}
