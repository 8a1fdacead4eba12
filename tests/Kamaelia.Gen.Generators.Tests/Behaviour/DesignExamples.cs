using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

// The two components of DESIGN.md §2, as written there.

[Inbox<string>("inbox", "some data in")]
[Inbox("control", "stops the component")]
[Outbox<string>("outbox", "some data out")]
[Outbox("signal", "Shutdown signal")]
public partial class MyComponent : Component
{
    // Axon style: Main is a C# iterator; each `yield return` hands control back to the scheduler.
    protected override IEnumerable<object?> Main()
    {
        while (!DoShutdown())
        {
            while (Inbox.TryRecv(out var data))   // generated, typed accessor for box "inbox"
                Outbox.Send(data);                // generated, typed accessor for box "outbox"
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

// Handler style: the generator writes the main loop itself, as an explicit state machine.
[Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
public partial class Upper : Component
{
    [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
}
