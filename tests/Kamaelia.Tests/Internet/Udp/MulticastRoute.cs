using System.Net;
using System.Net.Sockets;

namespace Kamaelia.Tests.Internet.Udp;

/// <summary>
/// Finds out, once, whether this machine delivers multicast to itself: first on the loopback interface, then on
/// the interface the system's routes choose (with a time to live of 0, so that nothing leaves the machine). The
/// answer comes from sending a datagram to a group and seeing it arrive, not from reading interface flags.
/// </summary>
internal static class MulticastRoute
{
    public static readonly IPAddress Group = IPAddress.Parse("239.255.42.99");

    private static readonly Lazy<(bool Works, IPAddress? Interface, string Reason)> s_probe = new(Probe);

    /// <summary>Whether a group can be joined and heard on this machine.</summary>
    public static bool Works => s_probe.Value.Works;

    /// <summary>The interface to join on: loopback when it carries multicast, else null for the system's choice.</summary>
    public static IPAddress? Interface => s_probe.Value.Interface;

    /// <summary>Why multicast cannot be tested here.</summary>
    public static string Reason => s_probe.Value.Reason;

    private static (bool, IPAddress?, string) Probe()
    {
        var loopback = TryRoundTrip(IPAddress.Loopback);
        if (loopback is null)
        {
            return (true, IPAddress.Loopback, string.Empty);
        }

        var routed = TryRoundTrip(null);
        return routed is null
            ? (true, null, string.Empty)
            : (false, null, $"This machine does not deliver multicast to itself: on loopback, {loopback}; on the routed interface, {routed}.");
    }

    /// <summary>Null when a datagram sent to the group came back; else what went wrong.</summary>
    private static string? TryRoundTrip(IPAddress? localInterface)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(IPAddress.Any, 0));
            var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership,
                localInterface is null ? new MulticastOption(Group) : new MulticastOption(Group, localInterface));
            if (localInterface is not null)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, localInterface.GetAddressBytes());
            }

            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive, 0);
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastLoopback, true);
            socket.SendTo("probe"u8, new IPEndPoint(Group, port));
            socket.ReceiveTimeout = 2000;
            var buffer = new byte[16];
            var count = socket.Receive(buffer);
            return count == 5 ? null : $"a datagram of {count} bytes came back instead of 5";
        }
        catch (SocketException exception)
        {
            return $"{exception.SocketErrorCode} ({exception.Message})";
        }
    }
}

/// <summary>A fact that is skipped, with the reason found, on a machine that does not deliver multicast to itself.</summary>
internal sealed class MulticastFactAttribute : FactAttribute
{
    public MulticastFactAttribute()
    {
        if (!MulticastRoute.Works)
        {
            Skip = MulticastRoute.Reason;
        }
    }
}
