using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>
/// The fuzzing starts from the repository's own code as it builds: every corpus compilation, unedited, compiles
/// without errors once the generator has run, the generator writes code for it, and nothing fails. Without this
/// the random edits would start from code that is already broken and prove less.
/// </summary>
public sealed class CorpusBaselineTests(ITestOutputHelper output)
{
    [Fact]
    public void TheCorpusIsTheRepositorysSamplesAndLibrarySources()
    {
        output.WriteLine($"{Corpus.Files.Length} files in {Corpus.Units.Length} compilations, from {Corpus.RepositoryRoot}");
        Assert.Contains(Corpus.Files, f => f.Path.StartsWith("samples/", StringComparison.Ordinal));
        Assert.Contains(Corpus.Files, f => f.Path.StartsWith("src/Kamaelia/", StringComparison.Ordinal));
        Assert.DoesNotContain(Corpus.Files, f => f.Path.Contains("/obj/", StringComparison.Ordinal) || f.Path.Contains("/bin/", StringComparison.Ordinal));
        Assert.True(Corpus.Files.Length >= 40, $"only {Corpus.Files.Length} files");
    }

    [Fact]
    public void EveryUneditedCompilationBuildsCleanlyWithTheGenerator()
    {
        var generated = 0;
        foreach (var unit in Corpus.Units)
        {
            var run = FuzzHarness.Run(unit.Compilation);
            Assert.True(run.Failures.IsEmpty, $"{unit.Name}:\n{string.Join("\n", run.Failures)}");
            var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"{unit.Name}:\n{string.Join("\n", errors)}");
            generated += run.Generated.Length;
        }

        output.WriteLine($"{Corpus.Units.Length} compilations, {generated} generated files, no errors");
        Assert.True(generated >= Corpus.Units.Length, $"only {generated} generated files");
    }
}
