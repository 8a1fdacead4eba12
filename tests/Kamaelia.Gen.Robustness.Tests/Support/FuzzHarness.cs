using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kamaelia.Gen.Analyzers;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Robustness.Tests.Support;

/// <summary>What one run of the generator and every analyzer over a compilation produced.</summary>
internal sealed record FuzzRun(
    ImmutableArray<(string HintName, string Text)> Generated,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<string> Failures,
    Compilation OutputCompilation);

/// <summary>
/// Runs the component generator (through <see cref="CSharpGeneratorDriver"/>) and then every analyzer of the
/// analyzer assembly (through <see cref="CompilationWithAnalyzers"/>, concurrently) over a compilation, and lists
/// every broken guarantee: an exception escaping the driver or recorded in its run result, a generator diagnostic
/// (KAM009 is the generator's report of an exception of its own, CS8785 Roslyn's of one that escaped), an analyzer exception (AD0001 or the exception callback),
/// a generated file that does not parse on its own, and a generated invocation of Environment.Exit.
/// </summary>
internal static class FuzzHarness
{
    private const string GenerationFailedId = "KAM009";

    /// <summary>Every analyzer in the analyzer assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    public static FuzzRun Run(Compilation compilation)
    {
        var failures = new List<string>();
        Compilation output = compilation;
        var generatorDiagnostics = ImmutableArray<Diagnostic>.Empty;
        var generated = ImmutableArray<(string, string)>.Empty;
        try
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create([new ComponentGenerator().AsSourceGenerator()], parseOptions: Corpus.ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out generatorDiagnostics);
            var result = driver.GetRunResult();
            foreach (var generatorResult in result.Results.Where(r => r.Exception is not null))
            {
                failures.Add("generator exception: " + generatorResult.Exception);
            }

            generated = [.. result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()))];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add("exception escaped the generator driver: " + exception);
        }

        // KAM009 is the generator reporting an exception of its own: a bug, whatever the input.
        failures.AddRange(generatorDiagnostics.Select(d => (d.Id == GenerationFailedId ? "generator failure (KAM009): " : "generator diagnostic: ") + d));
        foreach (var (hintName, text) in generated)
        {
            failures.AddRange(GeneratedFileFailures(hintName, text));
        }

        var analyzerExceptions = new ConcurrentQueue<string>();
        var analyzerDiagnostics = ImmutableArray<Diagnostic>.Empty;
        try
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, _) => analyzerExceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            analyzerDiagnostics = output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add("exception escaped the analyzer driver: " + exception);
        }

        failures.AddRange(analyzerExceptions.Select(e => "analyzer exception: " + e));
        failures.AddRange(analyzerDiagnostics.Where(d => d.Id is "AD0001" or "AD0002" or "CS8785").Select(d => "analyzer failure diagnostic: " + d));
        return new FuzzRun(generated, generatorDiagnostics, analyzerDiagnostics, [.. failures], output);
    }

    /// <summary>A generated file must parse on its own and must never invoke Environment.Exit, whatever the names in the user's source.</summary>
    public static IEnumerable<string> GeneratedFileFailures(string hintName, string text)
    {
        var tree = CSharpSyntaxTree.ParseText(text, Corpus.ParseOptions);
        foreach (var error in tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            yield return $"{hintName} does not parse: {error}\n{text}";
        }

        var root = tree.GetRoot();
        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var callee = invocation.Expression.ToString();
            if (callee.Contains("Environment", StringComparison.Ordinal) || callee.EndsWith("Exit", StringComparison.Ordinal))
            {
                yield return $"{hintName} invokes {callee}:\n{text}";
            }
        }

        foreach (var directive in root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective && !t.IsKind(SyntaxKind.NullableDirectiveTrivia)))
        {
            yield return $"{hintName} has the directive '{directive}':\n{text}";
        }

        foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Identifier.ValueText == "Evil"))
        {
            yield return $"{hintName} declares the injected type {type.Identifier}:\n{text}";
        }
    }
}
