using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// What the generator and the analyzers add to the compile time of the 1,000-component project. Without: the
/// project with the generator's output checked in as ordinary source files, compiled. With: the project as
/// written, the generator run, then the compiler and every analyzer. Each operation starts from source text, so
/// both sides parse, bind and check everything; the references are loaded once, as a compiler server keeps them.
/// Two views: up to the diagnostics (what an IDE or a build that fails early pays), and a whole build with emit.
/// </summary>
[MemoryDiagnoser]
public class CompileTimeBenchmarks
{
    private ImmutableArray<SourceFile> _userFiles;
    private ImmutableArray<SourceFile> _withGeneratedFiles;

    [GlobalSetup]
    public void Setup()
    {
        _userFiles = SyntheticProject.Create(ProjectSizes.Benchmark).Files;
        var driver = KamaeliaToolchain.NewDriver().RunGenerators(KamaeliaToolchain.Compile(_userFiles.Select(KamaeliaToolchain.Parse)));
        _withGeneratedFiles = [.. _userFiles, .. KamaeliaToolchain.GeneratedFiles(driver)];

        // A project that does not compile would be measured taking a shorter path: refuse it.
        ThrowOnProblems("without", Plain().GetDiagnostics());
        ThrowOnProblems("with", Generated().WithAnalyzers(KamaeliaToolchain.Analyzers, KamaeliaToolchain.AnalyzerOptions()).GetAllDiagnosticsAsync().GetAwaiter().GetResult());
    }

    /// <summary>(i) Without: generated code as plain source, the compiler's diagnostics.</summary>
    [Benchmark(Baseline = true)]
    public int PlainDiagnostics() => Plain().GetDiagnostics().Length;

    /// <summary>(ii) With: the generator, then the compiler's and every analyzer's diagnostics.</summary>
    [Benchmark]
    public int WithGeneratorAndAnalyzersDiagnostics() =>
        Generated().WithAnalyzers(KamaeliaToolchain.Analyzers, KamaeliaToolchain.AnalyzerOptions())
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>
    /// (i) with an analyzer that does nothing but ask for operations: the cost every operation analyzer shares,
    /// which a build with the SDK's default analyzers pays already.
    /// </summary>
    [Benchmark]
    public int PlainWithIdleAnalyzerDiagnostics() =>
        Plain().WithAnalyzers([new IdleOperationAnalyzer()], KamaeliaToolchain.AnalyzerOptions())
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>(i) as a whole build: emit the assembly.</summary>
    [Benchmark]
    public int PlainEmit() => Emit(Plain());

    /// <summary>(ii) as a whole build: the generator, the analyzers, then emit (which reports the compiler's diagnostics).</summary>
    [Benchmark]
    public int WithGeneratorAndAnalyzersEmit()
    {
        var compilation = Generated();
        var analyzerDiagnostics = compilation.WithAnalyzers(KamaeliaToolchain.Analyzers, KamaeliaToolchain.AnalyzerOptions())
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analyzerDiagnostics.Length + Emit(compilation);
    }

    private CSharpCompilation Plain() => KamaeliaToolchain.Compile(_withGeneratedFiles.Select(KamaeliaToolchain.Parse));

    private Microsoft.CodeAnalysis.Compilation Generated()
    {
        KamaeliaToolchain.NewDriver().RunGeneratorsAndUpdateCompilation(KamaeliaToolchain.Compile(_userFiles.Select(KamaeliaToolchain.Parse)), out var output, out _);
        return output;
    }

    private static int Emit(Microsoft.CodeAnalysis.Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success ? (int)stream.Length : throw new InvalidOperationException("Emit failed: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static void ThrowOnProblems(string side, ImmutableArray<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error).ToList();
        if (problems.Count != 0)
        {
            throw new InvalidOperationException($"The project {side} the generator has {problems.Count} errors and warnings, the first: {problems[0]}");
        }
    }
}
