using System.Collections.Immutable;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// What a user's build of a Kamaelia.Gen project is made of, in memory: the framework, Axon.dll and Kamaelia.dll
/// as references, the component generator and every analyzer of the analyzer assembly.
/// </summary>
internal static class KamaeliaToolchain
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>
    /// Single-threaded compilation and analysis, so that the ratios measured are ratios of work, steady on a
    /// machine whose cores other work is using.
    /// </summary>
    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    /// <summary>Every analyzer in the analyzer assembly, as a user's build loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>
    /// The running runtime's own assemblies stand in for the framework's reference assemblies (as in the
    /// analyzer and robustness tests), with Axon.dll and Kamaelia.dll beside them. Made once: a compiler
    /// server keeps its references too.
    /// </summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static SyntaxTree Parse(SourceFile file) =>
        CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: file.Path, encoding: System.Text.Encoding.UTF8);

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Synthetic", trees, References, CompilationOptions);

    public static GeneratorDriver NewDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new ComponentGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static CompilationWithAnalyzersOptions AnalyzerOptions(bool logExecutionTime = false) =>
        new(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime);

    /// <summary>The generated files of one generator run, as plain source files a project could have written.</summary>
    public static ImmutableArray<SourceFile> GeneratedFiles(GeneratorDriver driver) =>
        [.. driver.GetRunResult().GeneratedTrees
            .OrderBy(t => t.FilePath, StringComparer.Ordinal)
            .Select(t => new SourceFile(Path.GetFileName(t.FilePath), t.GetText().ToString()))];

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return
        [
            .. platform.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Axon.Component).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Kamaelia.Chassis.Pipeline).Assembly.Location),
        ];
    }
}
