using Kamaelia.Gen.Generators.Serialization;
using Kamaelia.Gen.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Kamaelia.Gen.Generators.Tests.Serialization;

/// <summary>
/// The message-type generator caches like the component generator: edits that do not change a message type
/// leave every named step cached or unchanged and the file untouched; its models hold no compiler objects; and
/// the file does not depend on the order of the source files.
/// </summary>
public sealed class MessageTypeIncrementalTests
{
    private static readonly string[] Sources =
    [
        """
        using System;
        using System.Collections.Generic;
        using Kamaelia.Nats;

        namespace Demo;

        public sealed record Reading(string Sensor, double Value, List<int> Samples);

        public static class Publishers
        {
            public static Type Readings() => typeof(NatsPublishTo<Reading>);

            public static int Answer() => 6 * 7;
        }
        """,
        """
        using System;
        using Kamaelia.Nats;

        namespace Demo;

        public sealed class Order
        {
            public string Customer { get; set; } = "";
            public Reading? Last { get; set; }
        }

        public static class Subscribers
        {
            public static Type Orders() => typeof(NatsSubscribeTo<Order>);
            public static Type Names() => typeof(NatsDurableSubscribeTo<string>);
        }
        """,
    ];

    [Fact]
    public void EveryNamedStepRunsAndTheFileIsWritten()
    {
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(MessageTypeGeneratorHarness.Compile(Sources));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.All(MessageTypeTrackingNames.All, name => Assert.True(result.TrackedSteps.ContainsKey(name), name));
        Assert.Equal(3, Reasons(driver, MessageTypeTrackingNames.MessageTypeUses).Count);
        Assert.Equal(MessageTypesEmitter.HintName, Assert.Single(result.GeneratedSources).HintName);
    }

    [Fact]
    public void RunningTheSameCompilationTwiceGivesOnlyCachedOutputs()
    {
        var compilation = MessageTypeGeneratorHarness.Compile(Sources);
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation);

        Assert.All(NamedOutputs(driver), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void AddingAnUnrelatedFileLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = MessageTypeGeneratorHarness.Compile(Sources);
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var unrelated = CSharpSyntaxTree.ParseText("namespace Other; public sealed class Unrelated { public int Answer => 42; }", GeneratorHarness.ParseOptions, path: "Unrelated.cs");

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(unrelated));

        AssertNothingWasRegenerated(driver);
    }

    [Fact]
    public void EditingAMethodBodyBesideALinkLeavesEveryStepCachedOrUnchanged()
    {
        var compilation = MessageTypeGeneratorHarness.Compile(Sources);
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "Source0.cs", "6 * 7", "7 * 6"));

        AssertNothingWasRegenerated(driver);

        // The edit reached the generator: the new compilation was looked at and found to make no difference.
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(driver, MessageTypeTrackingNames.NatsReferenced));
    }

    [Fact]
    public void ChangingAMessageTypeRewritesTheFile()
    {
        var compilation = MessageTypeGeneratorHarness.Compile(Sources);
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "Source1.cs", "public string Customer", "public string Client"));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, MessageTypeTrackingNames.MessageTypes));
        Assert.Contains(IncrementalStepRunReason.Modified, SourceOutputReasons(driver));
        var text = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.Contains("\"Client\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Customer\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNamedStepOutputHoldsACompilerObject()
    {
        var driver = MessageTypeGeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(MessageTypeGeneratorHarness.Compile(Sources));

        var outputs = NamedOutputs(driver);
        Assert.NotEmpty(outputs);
        Assert.Empty(outputs.SelectMany(o => RetentionWalker.FindCompilerObjects(o.Value, o.Step)));
    }

    [Fact]
    public void ReorderingTheSourceFilesGivesByteIdenticalOutput()
    {
        var trees = Sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: $"File{i}.cs")).ToArray();
        var empty = MessageTypeGeneratorHarness.Compile();

        var forward = MessageTypeGeneratorHarness.Run(empty.AddSyntaxTrees(trees));
        var backward = MessageTypeGeneratorHarness.Run(empty.AddSyntaxTrees(trees.Reverse()));

        Assert.Empty(forward.ErrorsAndWarnings);
        Assert.Equal(Assert.Single(forward.Sources).Text, Assert.Single(backward.Sources).Text);
    }

    private static Compilation Edit(Compilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal))));
    }

    private static void AssertNothingWasRegenerated(GeneratorDriver driver)
    {
        var outputs = NamedOutputs(driver);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Step {o.Step} gave {o.Reason} for {o.Value}."));
        Assert.NotEmpty(SourceOutputReasons(driver));
        Assert.All(SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    private static List<(string Step, object Value, IncrementalStepRunReason Reason)> NamedOutputs(GeneratorDriver driver)
    {
        var result = Assert.Single(driver.GetRunResult().Results);
        return
        [
            .. MessageTypeTrackingNames.All.SelectMany(name => result.TrackedSteps[name]
                .SelectMany(step => step.Outputs)
                .Select(output => (name, output.Value, output.Reason))),
        ];
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string stepName) =>
        [.. Assert.Single(driver.GetRunResult().Results).TrackedSteps[stepName].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static List<IncrementalStepRunReason> SourceOutputReasons(GeneratorDriver driver) =>
        [.. Assert.Single(driver.GetRunResult().Results).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason)];
}
