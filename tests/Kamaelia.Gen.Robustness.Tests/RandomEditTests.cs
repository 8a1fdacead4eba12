using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>
/// Thousands of random edits of the repository's own samples and library sources (delete a token, truncate a
/// file, swap two tokens, type junk, duplicate an attribute, rename a box in one place, give a box a hostile
/// name): on every edited compilation the generator and every analyzer run without an exception, every
/// generated file parses on its own, and no name ever turns into generated code. CsCheck generates the edits,
/// so a failure shrinks to a minimal edit and prints the seed that replays it (KAMAELIA_FUZZ_SEED).
/// </summary>
public sealed class RandomEditTests(ITestOutputHelper output)
{
    private static readonly Gen<SourceEdit> s_edits =
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, Corpus.Files.Length - 1], CsCheck.Gen.Enum<EditKind>(), CsCheck.Gen.Int[0, 1_000_000], CsCheck.Gen.Int[0, 1_000_000], CsCheck.Gen.Int[0, 1_000],
            (file, kind, a, b, variant) => new SourceEdit(file, kind, a, b, variant));

    [Fact]
    public void TheGeneratorAndEveryAnalyzerSurviveRandomEditsOfTheRepositorysSources()
    {
        var edits = 0L;
        var generatedFiles = 0L;
        var byKind = new ConcurrentDictionary<EditKind, int>();
        var filesEdited = new ConcurrentDictionary<string, int>();
        var diagnostics = new ConcurrentDictionary<string, int>();
        var stopwatch = Stopwatch.StartNew();

        s_edits.Sample(
            edit =>
            {
                var file = Corpus.Files[edit.File];
                var (text, description) = edit.Apply(file.Tree);
                var edited = CSharpSyntaxTree.ParseText(text, Corpus.ParseOptions, path: file.Path, encoding: System.Text.Encoding.UTF8);
                var run = FuzzHarness.Run(file.Unit.Compilation.ReplaceSyntaxTree(file.Tree, edited));

                Interlocked.Increment(ref edits);
                Interlocked.Add(ref generatedFiles, run.Generated.Length);
                byKind.AddOrUpdate(edit.Kind, 1, (_, n) => n + 1);
                filesEdited.AddOrUpdate(file.Path, 1, (_, n) => n + 1);
                foreach (var diagnostic in run.AnalyzerDiagnostics)
                {
                    diagnostics.AddOrUpdate(diagnostic.Id, 1, (_, n) => n + 1);
                }

                if (run.Failures.Length > 0)
                {
                    throw new InvalidOperationException($"{file.Path}: {description}\n{string.Join("\n", run.Failures)}");
                }
            },
            writeLine: output.WriteLine,
            seed: FuzzSettings.Seed,
            iter: FuzzSettings.Edits,
            threads: Environment.ProcessorCount,
            print: edit => $"{edit} on {Corpus.Files[edit.File].Path}: {edit.Apply(Corpus.Files[edit.File].Tree).Description}");

        stopwatch.Stop();
        output.WriteLine($"{edits} edits of {filesEdited.Count} of the {Corpus.Files.Length} corpus files ({Corpus.Units.Length} compilations) in {stopwatch.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores{(FuzzSettings.Long ? " (long mode)" : "")}");
        output.WriteLine($"edits by kind: {string.Join(", ", byKind.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}");
        output.WriteLine($"generated files checked: {generatedFiles}");
        output.WriteLine($"analyzer diagnostics seen: {diagnostics.Values.Sum()} ({string.Join(", ", diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))})");

        // The run is only worth something if it did what it says: every edit ran, every kind of edit was tried,
        // the generator wrote code to check, and the analyzers found the mistakes the edits made.
        Assert.Equal(FuzzSettings.Edits, edits);
        Assert.All(Enum.GetValues<EditKind>(), kind => Assert.True(byKind.GetValueOrDefault(kind) > 0, $"no {kind} edit was tried"));
        Assert.True(generatedFiles > edits, $"only {generatedFiles} generated files over {edits} edits");
        Assert.Contains(diagnostics.Keys, id => id.StartsWith("KAM", StringComparison.Ordinal));
    }
}
