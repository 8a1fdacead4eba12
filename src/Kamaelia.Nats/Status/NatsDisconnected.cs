namespace Kamaelia.Nats;

/// <summary>
/// The link lost its connection to the NATS server. The client keeps trying to reconnect; until it does, a
/// publisher holds messages back (core NATS loses what was already written to the broken socket) and a
/// subscriber receives nothing.
/// </summary>
public sealed class NatsDisconnected : NatsLinkStatus
{
    /// <summary>Creates the report.</summary>
    public NatsDisconnected(string link, string url, string reason)
        : base(link, url) => Reason = reason;

    /// <summary>What the client said about the loss.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Link}: disconnected from {Url} ({Reason})";
}
