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
}
