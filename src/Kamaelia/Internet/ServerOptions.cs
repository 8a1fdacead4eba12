using System.Net;

namespace Kamaelia.Internet;

/// <summary>Where a server listens and how many connections it takes.</summary>
public sealed class ServerOptions
{
    /// <summary>The address to listen on: the loopback address unless set (use <see cref="IPAddress.Any"/> to serve the network).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The port to listen on (Kamaelia's default, 1601); 0 lets the system choose one, read back from the server's <c>Port</c>.</summary>
    public int Port { get; init; } = 1601;

    /// <summary>
    /// The most connections open at once. A connection beyond it is accepted, reset at once and reported as a
    /// <see cref="ConnectionRefused"/>: never left waiting, never dropped unreported.
    /// </summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>How many connections the system may queue before the server accepts them.</summary>
    public int Backlog { get; init; } = 128;

    /// <summary>
    /// The size limit <see cref="ServerCore"/> gives a protocol handler's "inbox" when the handler has none, so
    /// that a slow handler holds the adapter, and so the peer, back; null leaves the handler's inbox unbounded.
    /// </summary>
    public int? HandlerInboxLimit { get; init; } = 16;

    /// <summary>The limits of each connection.</summary>
    public ConnectionOptions Connection { get; init; } = ConnectionOptions.Default;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Address, nameof(Address));
        ArgumentNullException.ThrowIfNull(Connection, nameof(Connection));
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, IPEndPoint.MinPort, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, IPEndPoint.MaxPort, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConnections, 1, nameof(MaxConnections));
        ArgumentOutOfRangeException.ThrowIfLessThan(Backlog, 1, nameof(Backlog));
        if (HandlerInboxLimit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(HandlerInboxLimit));
        }

        Connection.Validate();
    }
}
