using Axon;

namespace Kamaelia.Http;

/// <summary>How a component that runs handler graphs hands their faults to its "outbox".</summary>
internal static class HttpFaultReports
{
    /// <summary>
    /// Owner's step: queues the new faults while something is linked to <paramref name="outbox"/> (every fault is
    /// counted and kept as the last one in any case), then sends what is queued while there is room.
    /// </summary>
    public static void Flush(HandlerGraphs graphs, Queue<HttpHandlerFault> queued, Outbox<HttpHandlerFault> outbox)
    {
        while (graphs.TryTakeFault(out var fault))
        {
            if (outbox.Target is not null)
            {
                queued.Enqueue(fault);
            }
        }

        while (queued.TryPeek(out var report) && outbox.TrySend(report))
        {
            queued.Dequeue();
        }
    }
}
