using Axon;

namespace Kamaelia.Util;

/// <summary>Forwards "inbox" to "outbox"; on ProducerFinished or ShutdownMicroprocess forwards it on "signal" and ends.</summary>
[Inbox("inbox", "Anything")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "What arrived on inbox")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PassThrough : Component
{
    [Handles("inbox")]
    private void OnMessage(object message) => Outbox.Send(message);
}
