using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A report about one connection, sent by <see cref="TCPServer"/> on "protocolHandlerSignal" (and by
/// <see cref="ServerCore"/> on "outbox"): <see cref="NewConnection"/>, <see cref="ConnectionClosed"/> or
/// <see cref="ConnectionRefused"/>.
/// </summary>
public abstract class ConnectionEvent : Ipc
{
    /// <summary>Creates the report.</summary>
    protected ConnectionEvent(ConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
    }

    /// <summary>The connection the report is about.</summary>
    public ConnectionInfo Connection { get; }
}
