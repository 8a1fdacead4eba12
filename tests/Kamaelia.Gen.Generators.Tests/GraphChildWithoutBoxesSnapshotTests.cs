using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>A [Graphline] child whose type declares no boxes is linked by name and described by the standard boxes.</summary>
public sealed class GraphChildWithoutBoxesSnapshotTests
{
    [Fact]
    public void AChildWithNoBoxAttributesIsLinkedByNameAndDescribedAsStandard()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo
            {
                public sealed class Plain : Component
                {
                    protected override IEnumerable<object?> Main()
                    {
                        yield break;
                    }
                }

                [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
                public partial class Shout : Component
                {
                    [Handles("inbox")] void OnLine(string line) => Outbox.Send(line + "!");
                }

                [Graphline]
                [Link("self", "inbox", nameof(Before), "inbox")]
                [Link(nameof(Before), "outbox", nameof(Loud), "inbox")]
                [Link(nameof(Loud), "outbox", nameof(After), "inbox")]
                [Link(nameof(After), "outbox", "self", "outbox")]
                public partial class Sandwich : Component
                {
                    public Plain Before { get; } = new();
                    public Shout Loud { get; } = new();
                    public Plain After { get; } = new();
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        var graph = run.Source("Demo.Sandwich.Graph.g.cs");
        Assert.Contains("new global::Axon.GraphNode(\"Before\", global::Axon.ComponentDescriptor.Standard)", graph, StringComparison.Ordinal);
        Assert.Contains("Link((Before, \"outbox\"), (Loud, \"inbox\"), global::Axon.Passthrough.None);", graph, StringComparison.Ordinal);
        Snapshot.Match(run, nameof(AChildWithNoBoxAttributesIsLinkedByNameAndDescribedAsStandard));
    }
}
