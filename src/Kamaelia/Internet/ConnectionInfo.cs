using System.Net;
using System.Net.Sockets;

namespace Kamaelia.Internet;

/// <summary>
/// The two ends of a TCP connection: what <see cref="ServerCore"/> gives its protocol factory (Kamaelia's
/// <c>peer</c>, <c>peerport</c>, <c>localip</c> and <c>localport</c>).
/// </summary>
/// <param name="PeerAddress">The remote end's address.</param>
/// <param name="PeerPort">The remote end's port.</param>
/// <param name="LocalAddress">This end's address.</param>
/// <param name="LocalPort">This end's port.</param>
public sealed record ConnectionInfo(IPAddress PeerAddress, int PeerPort, IPAddress LocalAddress, int LocalPort)
{
    /// <inheritdoc />
    public override string ToString() => $"peer {PeerAddress}:{PeerPort}, local {LocalAddress}:{LocalPort}";

    /// <summary>Reads both ends of a connected socket; an end the socket can no longer tell (it was reset) reads as 0.0.0.0:0.</summary>
    internal static ConnectionInfo Of(Socket socket)
    {
        var peer = EndPointOf(() => socket.RemoteEndPoint);
        var local = EndPointOf(() => socket.LocalEndPoint);
        return new ConnectionInfo(peer.Address, peer.Port, local.Address, local.Port);
    }

    private static IPEndPoint EndPointOf(Func<EndPoint?> read)
    {
        try
        {
            // A dual-mode socket reports IPv4 peers as IPv6-mapped addresses; show them as the IPv4 they are.
            return read() is IPEndPoint endPoint
                ? endPoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint
                : new IPEndPoint(IPAddress.Any, 0);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            return new IPEndPoint(IPAddress.Any, 0);
        }
    }
}
