using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Collects every message into one list; on ProducerFinished or ShutdownMicroprocess it sends the list on
/// "outbox", then the signal on "signal", and ends.
/// </summary>
[Inbox("inbox", "Messages to collect")]
[Inbox("control", "Shutdown signals")]
[Outbox<object[]>("outbox", "The list of every message, once")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Collate : Component
{
    private readonly List<object> _collected = [];

    [Handles("inbox")]
    private void OnMessage(object message) => _collected.Add(message);

    partial void OnShutdown() => Outbox.Send(_collected.ToArray());
}
