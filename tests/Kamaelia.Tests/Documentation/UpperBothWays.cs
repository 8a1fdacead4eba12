namespace Kamaelia.Tests.Documentation;

// The component of docs/main-or-handles.md, written both ways. The page quotes this file; keep them equal.

[Inbox<string>("inbox", "Lines of text")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox<string>("outbox", "The lines in capitals")]
[Outbox("signal", "The shutdown signal, after the last line")]
public partial class UpperWithHandlers : Component
{
    [Handles("inbox")]
    private void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
}

[Inbox<string>("inbox", "Lines of text")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess")]
[Outbox<string>("outbox", "The lines in capitals")]
[Outbox("signal", "The shutdown signal, after the last line")]
public partial class UpperWithMain : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (ReadControl(Control) != ShutdownRequest.StopNow)
        {
            while (!Outbox.IsFull && Inbox.TryRecv(out var line))   // take only what can be sent on
            {
                Outbox.Send(line.ToUpperInvariant());
            }

            if (RequestedShutdown == ShutdownRequest.Finish && Inbox.Count == 0)
            {
                break;   // everything queued before ProducerFinished has been handled
            }

            Pause();     // woken by a message, or by room made downstream
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
