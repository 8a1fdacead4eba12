namespace Kamaelia.Reliability.Tests.Support;

/// <summary>A relay whose loop the generator writes: the plain handler form.</summary>
[Inbox("inbox", "Data")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Data")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class HandlerRelay : Component
{
    [Handles("inbox")]
    private void OnMessage(object message) => Outbox.Send(message);
}

/// <summary>
/// A relay with an async handler: some messages complete at once, some after a yield to the component's own
/// context, some after a timer on another thread.
/// </summary>
[Inbox("inbox", "Data")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Data")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class AsyncRelay : Component
{
    private int _taken;

    [Handles("inbox")]
    private async ValueTask OnMessage(object message)
    {
        switch (_taken++ % 3)
        {
            case 1:
                await Task.Yield();
                break;
            case 2:
                await Task.Delay(1);
                break;
        }

        Outbox.Send(message);
    }
}

/// <summary>A relay with a multi-step handler: it waits a step before sending each message on.</summary>
[Inbox("inbox", "Data")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Data")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class SteppedRelay : Component
{
    [Handles("inbox")]
    private IEnumerable<object?> OnMessage(object message)
    {
        yield return null;
        Outbox.Send(message);
    }
}
