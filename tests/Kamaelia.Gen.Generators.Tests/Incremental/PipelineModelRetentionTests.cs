using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Incremental;

/// <summary>No named step's output keeps a symbol, syntax node, location or compilation alive between runs.</summary>
public sealed class PipelineModelRetentionTests
{
    [Fact]
    public void NoNamedStepOutputHoldsACompilerObject()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);

        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var outputs = TrackedSteps.NamedOutputs(driver);
        Assert.NotEmpty(outputs);
        var held = outputs.SelectMany(o => RetentionWalker.FindCompilerObjects(o.Value, o.Step)).ToList();
        Assert.Empty(held);
    }

    [Fact]
    public void TheWalkFindsCompilerObjectsHiddenInFieldsArraysAndCycles()
    {
        var compilation = GeneratorHarness.Compile("class C { }");
        var symbol = compilation.GetTypeByMetadataName("C")!;
        var cycle = new Holder();
        cycle.Next = new Holder { Next = cycle, Items = [1, compilation.SyntaxTrees[0].GetRoot(), symbol.Locations[0]] };

        var held = RetentionWalker.FindCompilerObjects(new { cycle, compilation, Symbols = new List<ISymbol> { symbol } }, "root");

        Assert.Equal(4, held.Count);
        Assert.Contains(held, h => h.StartsWith("root.<cycle>i__Field.<Next>k__BackingField.<Items>k__BackingField[1]", StringComparison.Ordinal));
        Assert.Contains(held, h => h.StartsWith("root.<cycle>i__Field.<Next>k__BackingField.<Items>k__BackingField[2]", StringComparison.Ordinal));
        Assert.Contains(held, h => h.StartsWith("root.<compilation>i__Field", StringComparison.Ordinal));
        Assert.Contains(held, h => h.StartsWith("root.<Symbols>i__Field[0]", StringComparison.Ordinal));
    }

    private sealed class Holder
    {
        public Holder? Next { get; set; }

        public object[] Items { get; set; } = [];
    }
}
