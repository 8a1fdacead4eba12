using System.Net;
using System.Net.Sockets;
using Kamaelia.Internet.Udp;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet.Udp;

/// <summary>Plain .NET sockets for the other end of a UDP test, and bounded waits on what a collector received.</summary>
internal static class UdpRig
{
    public static UdpClient LoopbackClient() => new(new IPEndPoint(IPAddress.Loopback, 0));

    public static IPEndPoint EndPointOf(UdpClient client) => (IPEndPoint)client.Client.LocalEndPoint!;

    public static async Task<UdpReceiveResult> ReceiveAsync(UdpClient client)
    {
        using var timeout = new CancellationTokenSource(Peer.Bound);
        return await client.ReceiveAsync(timeout.Token);
    }

    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var probe = LoopbackClient();
        return EndPointOf(probe).Port;
    }

    public static Datagram[] Datagrams(this Collector collector) => [.. collector.Received.Cast<Datagram>()];

    public static string Text(this Datagram datagram) => System.Text.Encoding.UTF8.GetString(datagram.Payload);
}
