using Kamaelia.Gen.Generators.Diagnostics;
using Kamaelia.Gen.Robustness.Tests.Support;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Robustness.Tests;

/// <summary>The fuzzing harness can fail: a generator that meets an exception of its own is a broken guarantee.</summary>
public sealed class HarnessFailureDetectionTests
{
    [Theory]
    [InlineData(nameof(GenerationStage.Parsing))]
    [InlineData(nameof(GenerationStage.Emitting))]
    public void AGeneratorFailureReportedAsKam009IsAFailureOfTheRun(string stage)
    {
        var hello = Corpus.Units.Single(u => u.Name == "Hello").Compilation;
        var component = CSharpSyntaxTree.ParseText(
            """
            using Axon;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Upper : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
            }
            """,
            Corpus.ParseOptions,
            path: "Upper.cs");
        var compilation = hello.AddSyntaxTrees(component);
        Assert.Empty(FuzzHarness.Run(compilation).Failures);

        FaultInjection.FailingStage = Enum.Parse<GenerationStage>(stage);
        try
        {
            var run = FuzzHarness.Run(compilation);

            Assert.Contains(run.Failures, f => f.StartsWith("generator failure (KAM009): ", StringComparison.Ordinal));
        }
        finally
        {
            FaultInjection.FailingStage = null;
        }
    }
}
