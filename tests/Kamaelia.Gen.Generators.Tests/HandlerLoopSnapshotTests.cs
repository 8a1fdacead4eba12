using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

public sealed class HandlerLoopSnapshotTests
{
    [Fact]
    public void TheDesignDocumentsUpperGetsAGeneratedMainLoop()
    {
        var run = GeneratorHarness.Run("""
            using Axon;

            [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
            public partial class Upper : Component
            {
                [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Snapshot.Match(run, nameof(TheDesignDocumentsUpperGetsAGeneratedMainLoop));
    }
}
