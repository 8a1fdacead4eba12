namespace Kamaelia.Internet;

/// <summary>
/// A connection the server accepted and closed at once, with the reason: too many connections were open, or the
/// server was shutting down.
/// </summary>
public sealed class ConnectionRefused : ConnectionEvent
{
    /// <summary>Creates the report.</summary>
    public ConnectionRefused(ConnectionInfo connection, string reason)
        : base(connection)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Reason = reason;
    }

    /// <summary>Why it was refused, naming the server and the connection.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"ConnectionRefused: {Reason}";
}
