using System.Collections;
using System.Diagnostics;
using Kamaelia.Gen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// Quick mode's check of the compile-time side, on a small synthetic project: the generator writes every
/// component, the result compiles with no error or warning and every analyzer is silent, an edit inside a method
/// body regenerates nothing, and a box renamed changes that component's generated boxes and nothing else.
/// </summary>
internal static class CompilationQuickCheck
{
    /// <summary>Runs the check; returns what went wrong, or null.</summary>
    public static string? Run(out string summary)
    {
        var clock = Stopwatch.StartNew();
        var project = SyntheticProject.Create(ProjectSizes.Quick);
        var trees = project.Files.Select(KamaeliaToolchain.Parse).ToList();
        var compilation = KamaeliaToolchain.Compile(trees);
        var driver = KamaeliaToolchain.NewDriver(trackSteps: true).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = GeneratedTexts(driver);
        summary = $"{project.ComponentCount} components, {generated.Count} generated files";

        var failures = generatorDiagnostics.Select(d => d.ToString())
            .Concat(driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => "exception: " + r.Exception))
            .ToList();
        if (failures.Count > 0)
        {
            return "the generator reported " + string.Join("; ", failures);
        }

        var boxesFiles = generated.Keys.Count(k => k.EndsWith(".Boxes.g.cs", StringComparison.Ordinal));
        if (boxesFiles != project.ComponentCount)
        {
            return $"{boxesFiles} generated box files for {project.ComponentCount} components";
        }

        var problems = output.GetDiagnostics()
            .Concat(output.WithAnalyzers(KamaeliaToolchain.Analyzers, KamaeliaToolchain.AnalyzerOptions()).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToList();
        if (problems.Count > 0)
        {
            return $"{problems.Count} errors and warnings, the first: " + string.Join(Environment.NewLine, problems.Take(5));
        }

        var original = trees[0];
        var afterBodyEdit = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, ProjectEdits.EditMethodBody(original)));
        if (RegeneratedAfter(afterBodyEdit) is { } regenerated)
        {
            return "an edit inside a method body was not cached: " + regenerated;
        }

        var afterRename = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, ProjectEdits.RenameBox(original)));
        var renamed = GeneratedTexts(afterRename);
        var changed = renamed.Where(f => !generated.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key).ToList();
        var sieve = ComponentTemplates.Name(5, 5) + ".Boxes.g.cs";
        if (changed.Count != 1 || !changed[0].EndsWith(sieve, StringComparison.Ordinal) || !renamed[changed[0]].Contains("\"trace\"", StringComparison.Ordinal))
        {
            return $"renaming a box changed [{string.Join(", ", changed)}], expected only {sieve}, with the new name";
        }

        summary += $", compiled clean, body edit cached, rename regenerated 1 file, in {clock.Elapsed.TotalSeconds:F1} s";
        return null;
    }

    private static Dictionary<string, string> GeneratedTexts(GeneratorDriver driver) =>
        driver.GetRunResult().GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString(), StringComparer.Ordinal);

    /// <summary>
    /// The first output of the generator's own steps (those that carry its models) that was recomputed to a new
    /// value, or a source that was written again; null when everything was cached or unchanged.
    /// </summary>
    private static string? RegeneratedAfter(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var modelSteps = result.TrackedSteps.Where(s => s.Value.SelectMany(step => step.Outputs).Any(o => IsGeneratorModel(o.Value))).ToList();
        if (modelSteps.Count == 0)
        {
            return "no step of the generator was tracked";
        }

        foreach (var (name, steps) in modelSteps)
        {
            foreach (var (value, reason) in steps.SelectMany(s => s.Outputs))
            {
                if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    return $"step {name} gave {reason} for {value}";
                }
            }
        }

        var reasons = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        return reasons.Count == 0 ? "no source output was tracked"
            : reasons.Any(r => r != IncrementalStepRunReason.Cached) ? $"a source was written again ({reasons.First(r => r != IncrementalStepRunReason.Cached)})"
            : null;
    }

    private static bool IsGeneratorModel(object? value) =>
        value is not null
        && (value.GetType().Assembly == typeof(ComponentGenerator).Assembly
            || (value is IEnumerable && value.GetType().GetGenericArguments().Any(t => t.Assembly == typeof(ComponentGenerator).Assembly)));
}
