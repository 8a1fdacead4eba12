namespace Kamaelia.Internet;

/// <summary>Why a connection ended, or why the stream from the peer ended.</summary>
public enum ConnectionShutdownReason
{
    /// <summary>The peer finished sending (it closed the connection, or half-closed it).</summary>
    PeerClosed,

    /// <summary>The peer reset the connection (or it was aborted on the way).</summary>
    Reset,

    /// <summary>It was closed on request: a shutdown signal on the adapter's control, or the server shutting down.</summary>
    Closed,

    /// <summary>An error ended it (see <see cref="ConnectionShutdown.Error"/>): a refused connect, a chunk too large, a failed send.</summary>
    Error,
}
