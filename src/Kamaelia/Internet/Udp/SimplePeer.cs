using System.Net;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// A UDP peer with a fixed destination (Kamaelia's SimplePeer): it binds a local endpoint when constructed, sends
/// each payload from "inbox" as one datagram to the remote endpoint it was made with, and sends every datagram it
/// receives, from anyone, on "outbox". Payloads wait in "inbox" while the previous one is on its way.
/// <para>
/// "control": ProducerFinished sends what is queued, closes the socket, hands on what was already received, then is
/// forwarded; ShutdownMicroprocess closes at once and is forwarded. A null or oversized payload and a failed send or
/// receive are faults naming the peer and its endpoint. <see cref="DatagramComponent.Dispose"/> closes the socket from any thread.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Payloads, each sent as one datagram to the remote endpoint")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Outbox<Datagram>("outbox", "The datagrams received, with their source")]
[Outbox("signal", "The shutdown signal, once the socket is closed")]
public sealed partial class SimplePeer : DatagramComponent
{
    /// <summary>Binds the local endpoint.</summary>
    /// <param name="remote">Where every payload goes.</param>
    /// <param name="local">The endpoint to bind; the loopback address of the remote's family, port 0, when null.</param>
    /// <exception cref="IOException">The local endpoint cannot be bound; the message names the peer and the endpoint.</exception>
    /// <exception cref="ArgumentException">The remote endpoint's address family is not the local one's.</exception>
    public SimplePeer(IPEndPoint remote, IPEndPoint? local = null)
        : base(local ?? UdpDefaults.LoopbackFor(remote ?? throw new ArgumentNullException(nameof(remote))))
    {
        try
        {
            Socket.CheckDestination(remote, "remote");
        }
        catch (ArgumentException)
        {
            Socket.Close();
            throw;
        }

        Remote = remote;
    }

    /// <summary>Where every payload goes.</summary>
    public IPEndPoint Remote { get; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var step in Socket.Serve(Inbox, Outbox, () => ReadControl(Control), () => Remote))
        {
            yield return step;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
