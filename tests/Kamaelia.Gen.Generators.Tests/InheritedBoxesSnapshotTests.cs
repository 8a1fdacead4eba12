using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>A derived component's declaration replaces its base's: its accessors and descriptor hide the base's.</summary>
public sealed class InheritedBoxesSnapshotTests
{
    [Fact]
    public void ADerivedComponentHidesTheBoxAccessorsItsBaseDeclares()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public abstract partial class Stage : Component
            {
            }

            [Inbox<string>("inbox")] [Inbox<int>("limit")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class LimitedStage : Stage
            {
                protected override IEnumerable<object?> Main()
                {
                    while (Inbox.TryRecv(out var line))
                    {
                        Outbox.Send(line);
                    }

                    yield break;
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var derived = run.Source("Demo.LimitedStage.Boxes.g.cs");
        Assert.Contains("public new global::Axon.Inbox<string> Inbox => __box_Inbox;", derived, StringComparison.Ordinal);
        Assert.Contains("public global::Axon.Inbox<int> Limit => __box_Limit;", derived, StringComparison.Ordinal);
        Assert.Contains("public static new global::Axon.ComponentDescriptor Declaration", derived, StringComparison.Ordinal);
        Assert.DoesNotContain(" new ", run.Source("Demo.Stage.Boxes.g.cs").Replace("new global::Axon.ComponentDescriptor(", "", StringComparison.Ordinal).Replace("new global::Axon.BoxDescriptor[]", "", StringComparison.Ordinal).Replace("new string[0]", "", StringComparison.Ordinal).Replace("new[] {", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Snapshot.Match(run, nameof(ADerivedComponentHidesTheBoxAccessorsItsBaseDeclares));
    }

    [Fact]
    public void ASubclassWithHandlersButNoDeclarationHasItsBasesBoxes()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo;

            [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
            public partial class NumberStage : Component
            {
            }

            public partial class Doubling : NumberStage
            {
                [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n * 2);
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.DoesNotContain(run.Sources, source => source.HintName == "Demo.Doubling.Boxes.g.cs");
        var handlers = run.Source("Demo.Doubling.Handlers.g.cs");
        Assert.Contains("foreach (var __message in Inbox.Batch())", handlers, StringComparison.Ordinal);
        Assert.Contains("OnNumber(__message);", handlers, StringComparison.Ordinal);
    }
}
