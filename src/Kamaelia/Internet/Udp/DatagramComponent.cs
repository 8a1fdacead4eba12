using System.Net;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// What every UDP component shares: the socket it binds when constructed, its counters, and closing it when the
/// component ends or is disposed.
/// </summary>
public abstract class DatagramComponent : Component, IDisposable
{
    /// <summary>Binds the socket.</summary>
    /// <exception cref="IOException">The endpoint cannot be bound; the message names the component and the endpoint.</exception>
    private protected DatagramComponent(IPEndPoint local, Action<Socket>? configure = null) => Socket = DatagramSocket.Bind(this, local, configure);

    /// <summary>The bound address and port (the one the system chose for port 0).</summary>
    public IPEndPoint LocalEndPoint => Socket.LocalEndPoint;

    /// <summary>How many datagrams have been sent. Safe from any thread.</summary>
    public long DatagramsSent => Socket.DatagramsSent;

    /// <summary>How many datagrams have been received. Safe from any thread.</summary>
    public long DatagramsReceived => Socket.DatagramsReceived;

    /// <summary>How many sockets the component holds open (0 or 1). Safe from any thread.</summary>
    public int OpenSockets => Socket.OpenSockets;

    /// <summary>How many asynchronous socket operations are running. Safe from any thread.</summary>
    public int RunningOperations => Socket.RunningOperations;

    private protected DatagramSocket Socket { get; }

    /// <summary>Closes the socket at once and stops the component. Safe from any thread.</summary>
    public void Dispose()
    {
        Socket.Close();
        Stop();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => Socket.Close();
}
