using Axon;

namespace Kamaelia.Util;

/// <summary>Takes every message and counts it: the explicit place for messages nobody needs.</summary>
[Inbox("inbox", "Messages to count and drop")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class NullSink : Component
{
    /// <summary>How many messages arrived.</summary>
    public long Count { get; private set; }

    [Handles("inbox")]
    private void OnMessage(object message) => Count++;
}
