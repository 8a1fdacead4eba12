using System.Collections.Immutable;
using Kamaelia.Gen.Generators.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>
/// Runs the message-type generator alone, the way the compiler does, against the real Axon, Kamaelia and
/// Kamaelia.Nats assemblies (and System.Text.Json from the running runtime).
/// </summary>
internal static class MessageTypeGeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withNats = new(() => LoadReferences(includeNats: true));
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withoutNats = new(() => LoadReferences(includeNats: false));

    public static CSharpCompilation Compile(params string[] sources) => Compile(includeNats: true, sources);

    public static CSharpCompilation Compile(bool includeNats, params string[] sources) =>
        CSharpCompilation.Create(
            "Generated.MessageTypes.Test",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: $"Source{i}.cs")),
            includeNats ? s_withNats.Value : s_withoutNats.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new MessageTypeGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorRun Run(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        GeneratorHarness.AssertNoGenerationFailure(generatorDiagnostics);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new GeneratorRun(sources, generatorDiagnostics, output.GetDiagnostics(), output, driver);
    }

    /// <summary>The runtime's own assemblies, then Axon, Kamaelia and (when asked) Kamaelia.Nats and the NATS client it needs.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences(bool includeNats)
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var ours = new List<string>
        {
            typeof(Axon.Component).Assembly.Location,
            typeof(Kamaelia.Chassis.Pipeline).Assembly.Location,
        };
        if (includeNats)
        {
            ours.Add(typeof(Kamaelia.Nats.NatsMessageTypes).Assembly.Location);
            ours.Add(typeof(NATS.Client.Core.NatsOpts).Assembly.Location);
        }

        return [.. platform.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)), .. ours.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
