using System.Net;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// Receives UDP datagrams on a local endpoint, bound when constructed, and sends each on "outbox" with its source.
/// Either shutdown signal on "control" closes the socket; ProducerFinished first hands on what was already
/// received. The signal is then forwarded on "signal". A failed receive is a fault naming the receiver and its
/// endpoint. <see cref="DatagramComponent.Dispose"/> closes the socket from any thread.
/// </summary>
[Inbox("control", "ProducerFinished or ShutdownMicroprocess: close the socket")]
[Outbox<Datagram>("outbox", "The datagrams received, with their source")]
[Outbox("signal", "The shutdown signal, once the socket is closed")]
public sealed partial class UDPReceiver : DatagramComponent
{
    /// <summary>Binds the local endpoint.</summary>
    /// <param name="local">The endpoint to bind; 127.0.0.1, port 0, when null.</param>
    /// <exception cref="IOException">The endpoint cannot be bound; the message names the receiver and the endpoint.</exception>
    public UDPReceiver(IPEndPoint? local = null)
        : base(local ?? UdpDefaults.LoopbackFor(null))
    {
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var step in Socket.Serve(null, Outbox, () => ReadControl(Control), () => null))
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
