using System.Net;
using System.Net.Sockets;

namespace Kamaelia.Internet.Udp;

/// <summary>The endpoint a UDP component binds when it is not given one: loopback, as the TCP servers do.</summary>
internal static class UdpDefaults
{
    /// <summary>The loopback address of <paramref name="remote"/>'s family (IPv4 when there is none), port 0.</summary>
    public static IPEndPoint LoopbackFor(IPEndPoint? remote) =>
        new(remote?.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback, 0);
}
