namespace Kamaelia.Nats;

/// <summary>The link has a connection to the NATS server again after a <see cref="NatsDisconnected"/>.</summary>
public sealed class NatsReconnected : NatsLinkStatus
{
    /// <summary>Creates the report.</summary>
    public NatsReconnected(string link, string url, TimeSpan downtime)
        : base(link, url) => Downtime = downtime;

    /// <summary>How long the link was without a connection.</summary>
    public TimeSpan Downtime { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Link}: reconnected to {Url} after {Downtime.TotalMilliseconds:0} ms";
}
