using System.Collections.Concurrent;

namespace Kamaelia.Nats.Tests;

/// <summary>Keeps the status reports of a NATS link, for the test's thread to inspect.</summary>
[Inbox<NatsLinkStatus>("inbox", "Status reports")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class StatusSink : Component
{
    private readonly ConcurrentQueue<NatsLinkStatus> _reports = new();

    /// <summary>The reports, in arrival order.</summary>
    public IReadOnlyCollection<NatsLinkStatus> Reports => _reports;

    [Handles("inbox")]
    private void OnReport(NatsLinkStatus report) => _reports.Enqueue(report);
}
