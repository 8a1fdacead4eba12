using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Tests.Incremental;

/// <summary>Edits that do not change what the generator writes leave every named step cached or unchanged.</summary>
public sealed class IncrementalCachingTests
{
    [Fact]
    public void RunningTheSameCompilationTwiceGivesOnlyCachedOutputs()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation);

        var outputs = TrackedSteps.NamedOutputs(driver);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.NotEmpty(TrackedSteps.SourceOutputReasons(driver));
        Assert.All(TrackedSteps.SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EveryNamedStepProducesOutputsForThisProject()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);

        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var outputs = TrackedSteps.NamedOutputs(driver);
        Assert.All(TrackingNames.All, name => Assert.Contains(outputs, o => o.Step == name));
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
        Assert.Equal(2, TrackedSteps.ReasonsOf(driver, TrackingNames.Components).Count);
    }

    [Fact]
    public void AnEquivalentCompilationGivesCachedOrUnchangedStepsAndCachedSources()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        AssertNothingWasRegenerated(driver);
    }

    [Fact]
    public void AddingAnUnrelatedFileLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var unrelated = CSharpSyntaxTree.ParseText(
            "namespace Other; public sealed class Unrelated { public int Answer => 42; }",
            GeneratorHarness.ParseOptions,
            path: "Unrelated.cs");

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(unrelated));

        AssertNothingWasRegenerated(driver);
    }

    [Fact]
    public void EditingAMethodBodyInsideAComponentLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var edited = Edit(compilation, "Source0.cs", "Outbox.Send(n * 2);", "Outbox.Send(n + n);");

        driver = driver.RunGenerators(edited);

        AssertNothingWasRegenerated(driver);

        // The edit did reach the generator: Roslyn re-ran the parse of the edited file and found the models equal.
        Assert.Contains(IncrementalStepRunReason.Unchanged, TrackedSteps.ReasonsOf(driver, "result_ForAttributeWithMetadataName"));
    }

    [Fact]
    public void MovingTheComponentsDownTheirFileLeavesEveryStepCachedOrUnchanged()
    {
        // The class's location travels beside the model, for KAM009 only: moving the class must not regenerate it.
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Source0.cs");
        var moved = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("// Every class below moves down a line.\n" + tree));

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, moved));

        AssertNothingWasRegenerated(driver);
    }

    [Fact]
    public void RenamingABoxMakesTheComponentsStepModified()
    {
        var compilation = GeneratorHarness.Compile(IncrementalSources.All);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var edited = Edit(compilation, "Source1.cs", "\"names\"", "\"labels\"");

        driver = driver.RunGenerators(edited);

        Assert.Contains(IncrementalStepRunReason.Modified, TrackedSteps.ReasonsOf(driver, TrackingNames.Components));
        Assert.Contains(IncrementalStepRunReason.Modified, TrackedSteps.SourceOutputReasons(driver));
        var boxes = driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Demo.Doubler.Boxes.g.cs", StringComparison.Ordinal));
        Assert.Contains("\"labels\"", boxes.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"names\"", boxes.ToString(), StringComparison.Ordinal);
    }

    private static Compilation Edit(Compilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }

    private static void AssertNothingWasRegenerated(GeneratorDriver driver)
    {
        var outputs = TrackedSteps.NamedOutputs(driver);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Step {o.Step} gave {o.Reason} for {o.Value}."));
        Assert.NotEmpty(TrackedSteps.SourceOutputReasons(driver));
        Assert.All(TrackedSteps.SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
