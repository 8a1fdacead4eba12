using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Tests.Incremental;

/// <summary>The generated files do not depend on the order in which the compilation lists its files.</summary>
public sealed class SourceOrderStabilityTests
{
    [Fact]
    public void ReorderingTheSyntaxTreesGivesByteIdenticalOutput()
    {
        var trees = IncrementalSources.All
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: $"File{i}.cs"))
            .ToArray();
        var empty = GeneratorHarness.Compile();
        var forward = GeneratorHarness.Run(empty.AddSyntaxTrees(trees));
        var backward = GeneratorHarness.Run(empty.AddSyntaxTrees(trees.Reverse()));
        var rotated = GeneratorHarness.Run(empty.AddSyntaxTrees(trees.Skip(1).Append(trees[0])));

        Assert.Empty(forward.ErrorsAndWarnings);
        Assert.Equal(["Demo.Doubler.Boxes.g.cs", "Demo.Doubler.Handlers.g.cs", "Demo.Pair.Boxes.g.cs", "Demo.Pair.Graph.g.cs"], HintNames(forward));
        Assert.Equal(Texts(forward), Texts(backward));
        Assert.Equal(Texts(forward), Texts(rotated));
    }

    [Fact]
    public void BoxesDeclaredInTwoPartsAreOrderedByFileThenPosition()
    {
        var trees = IncrementalSources.All
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: $"File{i}.cs"))
            .Reverse();

        var run = GeneratorHarness.Run(GeneratorHarness.Compile().AddSyntaxTrees(trees));

        Assert.Empty(run.ErrorsAndWarnings);
        var declared = System.Text.RegularExpressions.Regex.Matches(run.Source("Demo.Doubler.Boxes.g.cs"), "BoxDescriptor\\.(?:In|Out)box<[^(]*>\\(\"([^\"]*)\"")
            .Select(m => m.Groups[1].Value);
        Assert.Equal(["inbox", "control", "outbox", "signal", "names"], declared);
    }

    private static IReadOnlyList<string> HintNames(GeneratorRun run) => [.. run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<(string, string)> Texts(GeneratorRun run) => [.. run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal)];
}
