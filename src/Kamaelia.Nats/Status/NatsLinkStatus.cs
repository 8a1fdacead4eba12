using Axon;

namespace Kamaelia.Nats;

/// <summary>
/// A report about the connection behind a NATS link, sent on the link's "status" outbox. Like the control
/// messages it is information about the stream, not part of it, so it never travels on "outbox".
/// </summary>
public abstract class NatsLinkStatus : Ipc
{
    private protected NatsLinkStatus(string link, string url)
    {
        Link = link;
        Url = url;
    }

    /// <summary>The name of the component that reports.</summary>
    public string Link { get; }

    /// <summary>The server URL the link is configured with.</summary>
    public string Url { get; }
}
