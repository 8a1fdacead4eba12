using Kamaelia.Gen.Generators.Tests.Support;

namespace Kamaelia.Gen.Generators.Tests;

public sealed class BoxGenerationSnapshotTests
{
    [Fact]
    public void TheDesignDocumentsMyComponentGetsTypedAccessorsAndADescriptor()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using Axon;

            namespace Demo;

            [Inbox<string>("inbox", "some data in")]
            [Inbox("control", "stops the component")]
            [Outbox<string>("outbox", "some data out")]
            [Outbox("signal", "Shutdown signal")]
            public partial class MyComponent : Component
            {
                protected override IEnumerable<object?> Main()
                {
                    while (!DoShutdown())
                    {
                        while (Inbox.TryRecv(out var data))
                            Outbox.Send(data);
                        if (!AnyReady()) Pause();
                        yield return null;
                    }
                }

                bool DoShutdown()
                {
                    if (Control.TryRecv(out var msg) && msg is ProducerFinished or ShutdownMicroprocess)
                    {
                        Signal.Send(new ProducerFinished());
                        return true;
                    }
                    return false;
                }
            }
            """);

        Assert.Empty(run.ErrorsAndWarnings);
        Snapshot.Match(run, nameof(TheDesignDocumentsMyComponentGetsTypedAccessorsAndADescriptor));
    }
}
