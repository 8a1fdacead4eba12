namespace Kamaelia.Nats;

/// <summary>
/// Core NATS reported messages lost on the way to this subscriber (the server or the client found it too slow).
/// Core NATS delivers at most once; a link that must not lose messages uses <see cref="NatsDurableSubscribeTo{T}"/>.
/// </summary>
public sealed class NatsMessagesLost : NatsLinkStatus
{
    /// <summary>Creates the report.</summary>
    public NatsMessagesLost(string link, string url, string reason)
        : base(link, url) => Reason = reason;

    /// <summary>What the client or server said.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Link}: messages lost ({Reason})";
}
