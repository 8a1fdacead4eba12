using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

/// <summary>The generated partial declarations reproduce where the component class sits.</summary>
public sealed class ComponentPlacementSnapshotTests
{
    [Fact]
    public void AComponentInTheGlobalNamespaceGetsNoNamespaceBlock()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            [Inbox<int>("inbox")] [Outbox<int>("outbox")]
            public partial class GlobalCounter : Component
            {
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(["GlobalCounter.Boxes.g.cs"], run.Sources.Select(s => s.HintName));
        Snapshot.Match(run, nameof(AComponentInTheGlobalNamespaceGetsNoNamespaceBlock));
    }

    [Fact]
    public void AComponentInAFileScopedNamespaceGetsThatNamespace()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo.Deeper;

            [Inbox<string>("inbox")] [Outbox<string>("outbox")]
            public partial class Echo : Component
            {
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(["Demo.Deeper.Echo.Boxes.g.cs"], run.Sources.Select(s => s.HintName));
        Snapshot.Match(run, nameof(AComponentInAFileScopedNamespaceGetsThatNamespace));
    }

    [Fact]
    public void AComponentNestedTwoLevelsDeepReproducesEveryContainingType()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo
            {
                public static partial class Outer
                {
                    internal partial record Middle
                    {
                        [Inbox<string>("inbox")] [Outbox<string>("outbox")]
                        public sealed partial class Inner : Component
                        {
                            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line);
                        }
                    }
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(["Demo.Outer.Middle.Inner.Boxes.g.cs", "Demo.Outer.Middle.Inner.Handlers.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Snapshot.Match(run, nameof(AComponentNestedTwoLevelsDeepReproducesEveryContainingType));
    }

    [Fact]
    public void AGenericComponentKeepsItsTypeParametersAndItsConcreteBoxTypes()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox", "items to hold")] [Inbox("control")] [Outbox<List<string>>("outbox", "full batches")] [Outbox("signal")]
            public partial class Buffer<T> : Component
                where T : class
            {
                private readonly List<string> _held = new();

                public T? Tag { get; set; }

                [Handles("inbox")]
                void OnItem(string item)
                {
                    _held.Add(item);
                    if (_held.Count == 2)
                    {
                        Outbox.Send(new List<string>(_held));
                        _held.Clear();
                    }
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Assert.Equal(["Demo.Buffer`1.Boxes.g.cs", "Demo.Buffer`1.Handlers.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Snapshot.Match(run, nameof(AGenericComponentKeepsItsTypeParametersAndItsConcreteBoxTypes));
    }
}
