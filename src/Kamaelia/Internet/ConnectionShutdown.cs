using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// Kamaelia's <c>socketShutdown</c>: what ended a connection, or the stream from its peer. It travels as the
/// <see cref="ProducerFinished.Message"/> of a <see cref="ProducerFinished"/> sent to a protocol handler's
/// "control" (so every component, including generated handler loops, finishes its queued data and stops
/// without code of its own), and inside every <see cref="ConnectionClosed"/> report.
/// </summary>
public sealed class ConnectionShutdown
{
    /// <summary>Creates the description.</summary>
    /// <param name="component">The name of the component that owned the connection.</param>
    /// <param name="connection">The connection, or null when none was made (a refused connect).</param>
    /// <param name="reason">Why it ended.</param>
    /// <param name="error">The error that ended it, if one did.</param>
    public ConnectionShutdown(string component, ConnectionInfo? connection, ConnectionShutdownReason reason, Exception? error = null)
    {
        ArgumentNullException.ThrowIfNull(component);
        Component = component;
        Connection = connection;
        Reason = reason;
        Error = error;
    }

    /// <summary>The name of the component that owned the connection.</summary>
    public string Component { get; }

    /// <summary>The connection, or null when none was made.</summary>
    public ConnectionInfo? Connection { get; }

    /// <summary>Why it ended.</summary>
    public ConnectionShutdownReason Reason { get; }

    /// <summary>The error that ended it; its message names the component and the connection.</summary>
    public Exception? Error { get; }

    /// <summary>The description carried by a control message, or null when it carries none.</summary>
    public static ConnectionShutdown? From(object? controlMessage) =>
        controlMessage is ProducerFinished { Message: ConnectionShutdown shutdown } ? shutdown : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Component} ({Connection?.ToString() ?? "not connected"}): {Reason}" + (Error is null ? "" : $": {Error.Message}");
}
