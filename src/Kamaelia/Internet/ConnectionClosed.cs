namespace Kamaelia.Internet;

/// <summary>
/// Kamaelia's <c>shutdownCSA</c>: a connection's socket is closed and its adapter is ending. Sent by the adapter
/// on "closed" and passed on by <see cref="TCPServer"/>.
/// </summary>
public sealed class ConnectionClosed : ConnectionEvent
{
    /// <summary>Creates the report.</summary>
    public ConnectionClosed(ConnectedSocketAdapter adapter, ConnectionShutdown shutdown)
        : base(adapter?.Connection ?? throw new ArgumentNullException(nameof(adapter)))
    {
        ArgumentNullException.ThrowIfNull(shutdown);
        Adapter = adapter;
        Shutdown = shutdown;
    }

    /// <summary>The adapter that owned the connection.</summary>
    public ConnectedSocketAdapter Adapter { get; }

    /// <summary>Why the connection closed.</summary>
    public ConnectionShutdown Shutdown { get; }

    /// <inheritdoc />
    public override string ToString() => $"ConnectionClosed {Shutdown}";
}
