namespace Kamaelia.Internet;

/// <summary>
/// Kamaelia's <c>newCSA</c>: a connection was accepted. The adapter is made but not activated: whoever receives
/// this report links it, adopts it and activates it (as <see cref="ServerCore"/> does).
/// </summary>
public sealed class NewConnection : ConnectionEvent
{
    /// <summary>Creates the report.</summary>
    public NewConnection(ConnectedSocketAdapter adapter, ConnectionInfo connection)
        : base(connection)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        Adapter = adapter;
    }

    /// <summary>The component that owns the connected socket.</summary>
    public ConnectedSocketAdapter Adapter { get; }

    /// <inheritdoc />
    public override string ToString() => $"NewConnection {Adapter.Name} ({Connection})";
}
