using System.Net;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// Sends to and receives from an IP multicast group (Kamaelia's Multicast_transceiver). When constructed it binds
/// the group's port on every address, sharing the port with other members on this machine, and joins the group on
/// the interface given (the system's choice when none is). Each payload from "inbox" goes to the group as one
/// datagram; every datagram the group carries leaves on "outbox" with its source, this member's own included
/// (multicast loopback is on, so that members on one machine hear each other).
/// <para>
/// "control": ProducerFinished sends what is queued, closes the socket (which leaves the group), hands on what was
/// already received, then is forwarded; ShutdownMicroprocess closes at once and is forwarded. A null or oversized
/// payload and a failed send or receive are faults naming the transceiver and its endpoint. <see cref="DatagramComponent.Dispose"/>
/// closes the socket from any thread.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Payloads, each sent to the group as one datagram")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Outbox<Datagram>("outbox", "The datagrams the group carried, with their source")]
[Outbox("signal", "The shutdown signal, once the socket is closed")]
public sealed partial class MulticastTransceiver : DatagramComponent
{
    /// <summary>Binds the group's port and joins the group.</summary>
    /// <param name="group">An IPv4 or IPv6 multicast address.</param>
    /// <param name="port">The group's port, 1 to 65535.</param>
    /// <param name="localInterface">
    /// The address of the interface to join on and send from (IPv4); null to let the system choose by its routes.
    /// </param>
    /// <param name="timeToLive">How many routers a datagram may cross; 0 keeps it on this machine.</param>
    /// <exception cref="ArgumentException"><paramref name="group"/> is not a multicast address.</exception>
    /// <exception cref="IOException">The port cannot be bound or the group cannot be joined; the message names the transceiver and the endpoint.</exception>
    public MulticastTransceiver(IPAddress group, int port, IPAddress? localInterface = null, int timeToLive = 1)
        : base(EveryAddressOn(group, port, timeToLive), ShareTheAddress)
    {
        var ipv6 = group.AddressFamily == AddressFamily.InterNetworkV6;
        Group = new IPEndPoint(group, port);
        Socket.Configure(socket =>
        {
            if (ipv6)
            {
                socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.AddMembership, new IPv6MulticastOption(group));
                socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastTimeToLive, timeToLive);
                socket.SetSocketOption(SocketOptionLevel.IPv6, SocketOptionName.MulticastLoopback, true);
                return;
            }

            var membership = localInterface is null ? new MulticastOption(group) : new MulticastOption(group, localInterface);
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.AddMembership, membership);
            if (localInterface is not null)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, localInterface.GetAddressBytes());
            }

            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive, timeToLive);
            socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastLoopback, true);
        }, $"join the multicast group {Group}{(localInterface is null ? string.Empty : $" on {localInterface}")}");
    }

    /// <summary>The group and port payloads are sent to.</summary>
    public IPEndPoint Group { get; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var step in Socket.Serve(Inbox, Outbox, () => ReadControl(Control), () => Group))
        {
            yield return step;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    // Other members on this machine bind the same port.
    private static void ShareTheAddress(Socket socket) => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);

    // Checks the arguments before the socket is bound, so that a refusal leaves nothing open.
    private static IPEndPoint EveryAddressOn(IPAddress group, int port, int timeToLive)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfNegative(timeToLive);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timeToLive, 255);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        if (!IsMulticast(group))
        {
            throw new ArgumentException($"{nameof(MulticastTransceiver)}: {group} is not a multicast address.", nameof(group));
        }

        return new IPEndPoint(group.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, port);
    }

    private static bool IsMulticast(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6
        ? address.IsIPv6Multicast
        : address.AddressFamily == AddressFamily.InterNetwork && (address.GetAddressBytes()[0] & 0xF0) == 0xE0;
}
