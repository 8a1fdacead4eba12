using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

public sealed class GraphSnapshotTests
{
    [Fact]
    public void AGraphlineClassGetsTypedWiringAndADescriptor()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            namespace Demo
            {
                [Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
                public partial class Doubler : Component
                {
                    [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n * 2);
                }

                [Inbox<object>("inbox")] [Inbox("control")]
                public partial class Printer : Component
                {
                    [Handles("inbox")] void OnAnything(object value) => System.Console.WriteLine(value);
                }

                [Graphline]
                [Link("self", "inbox", nameof(First), "inbox")]
                [Link(nameof(First), "outbox", nameof(Second), "inbox")]
                [Link(nameof(Second), "outbox", nameof(Show), "inbox")]
                [Link(nameof(First), "signal", nameof(Second), "control")]
                [Link(nameof(Second), "signal", "self", "signal")]
                public partial class Quadrupler : Component
                {
                    public Doubler First { get; } = new();
                    public Doubler Second { get; } = new();
                    public Printer Show { get; } = new();
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Snapshot.Match(run, nameof(AGraphlineClassGetsTypedWiringAndADescriptor));
    }
}
