extern alias analyzers;

using CsCheck;
using Kamaelia.Gen.Generators.Parsing;
using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;
using ComponentShape = analyzers::Kamaelia.Gen.Analyzers.Infrastructure.ComponentShape;
using KnownTypes = analyzers::Kamaelia.Gen.Analyzers.Infrastructure.KnownTypes;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>
/// The generator and the analyzers read the same facts about every component: for each class of the corpus that
/// the generator completes, its boxes (names, directions and element types) are the boxes the analyzers check
/// links, names and handlers against. A disagreement would let a wiring mistake through, or report one that is not.
/// </summary>
public sealed class GeneratorAnalyzerAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryComponentOfTheCorpusHasTheSameBoxesForTheGeneratorAndTheAnalyzers()
    {
        var compared = 0;
        foreach (var unit in Corpus.Units)
        {
            var known = KnownTypes.From(unit.Compilation);
            Assert.NotNull(known);
            foreach (var type in ClassesOf(unit.Compilation))
            {
                var model = ComponentParser.Parse(type, unit.Compilation, CancellationToken.None);
                if (model is null || ComponentShape.Of(type, known) is not { } shape)
                {
                    continue;
                }

                var fromGenerator = model.Boxes.Select(b => $"{(b.IsInbox ? "inbox" : "outbox")} {b.Name}: {b.ElementType}").ToList();
                var fromAnalyzers = shape.Boxes.Select(b => $"{b.Kind} {b.Name}: {b.ElementType.ToDisplayString(TypeNameFormats.FullyQualified)}").ToList();
                Assert.True(
                    fromGenerator.SequenceEqual(fromAnalyzers),
                    $"{unit.Name}: {type.ToDisplayString()}\n generator: {string.Join(", ", fromGenerator)}\n analyzers: {string.Join(", ", fromAnalyzers)}");
                compared++;
            }
        }

        output.WriteLine($"{compared} components compared in {Corpus.Units.Length} compilations");
        Assert.True(compared >= 30, $"only {compared} components compared");
    }

    [Fact]
    public void TheyStillAgreeAfterRandomEditsOfTheCorpus()
    {
        var edits = CsCheck.Gen.Select(CsCheck.Gen.Int[0, Corpus.Files.Length - 1], CsCheck.Gen.Enum<EditKind>(), CsCheck.Gen.Int[0, 1_000_000], CsCheck.Gen.Int[0, 1_000_000], CsCheck.Gen.Int[0, 1_000],
            (file, kind, a, b, variant) => new SourceEdit(file, kind, a, b, variant));
        long compared = 0;
        edits.Sample(
            edit =>
            {
                var file = Corpus.Files[edit.File];
                var edited = CSharpSyntaxTree.ParseText(edit.Apply(file.Tree).Text, Corpus.ParseOptions, path: file.Path, encoding: System.Text.Encoding.UTF8);
                var compilation = file.Unit.Compilation.ReplaceSyntaxTree(file.Tree, edited);
                var known = KnownTypes.From(compilation);
                foreach (var type in ClassesOf(compilation, edited))
                {
                    var model = ComponentParser.Parse(type, compilation, CancellationToken.None);
                    if (model is null || known is null || ComponentShape.Of(type, known) is not { } shape)
                    {
                        continue;
                    }

                    var fromGenerator = model.Boxes.Select(b => $"{(b.IsInbox ? "inbox" : "outbox")} {b.Name}: {b.ElementType}");
                    var fromAnalyzers = shape.Boxes.Select(b => $"{b.Kind} {b.Name}: {b.ElementType.ToDisplayString(TypeNameFormats.FullyQualified)}");
                    Assert.Equal(fromGenerator, fromAnalyzers);
                    Interlocked.Increment(ref compared);
                }
            },
            iter: FuzzSettings.Long ? 5_000 : 300,
            threads: 2,
            seed: FuzzSettings.Seed,
            print: edit => $"{edit} on {Corpus.Files[edit.File].Path}: {edit.Apply(Corpus.Files[edit.File].Tree).Description}");

        output.WriteLine($"{compared} edited components compared");
        Assert.True(compared > 0);
    }

    private static IEnumerable<INamedTypeSymbol> ClassesOf(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Select(declaration => model.GetDeclaredSymbol(declaration))
            .OfType<INamedTypeSymbol>()
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);
    }

    private static IEnumerable<INamedTypeSymbol> ClassesOf(Compilation compilation) =>
        compilation.SyntaxTrees
            .SelectMany(tree =>
            {
                var model = compilation.GetSemanticModel(tree);
                return tree.GetRoot().DescendantNodes()
                    .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                    .Select(declaration => model.GetDeclaredSymbol(declaration))
                    .OfType<INamedTypeSymbol>();
            })
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);
}
