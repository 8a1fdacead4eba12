using System.Net;
using Axon;

namespace Kamaelia.Internet.Udp;

/// <summary>
/// A UDP peer whose destination can change (Kamaelia's TargettedPeer): it binds a local endpoint when constructed,
/// sends each payload from "inbox" as one datagram to the latest endpoint that arrived on "target" (or the one it
/// was made with), and sends every datagram it receives on "outbox". Payloads wait in "inbox" while there is no
/// destination yet, and while the previous one is on its way.
/// <para>
/// "control": ProducerFinished sends what is queued, closes the socket, hands on what was already received, then is
/// forwarded; finishing with payloads queued and no destination ever given is a fault. ShutdownMicroprocess closes at
/// once and is forwarded. A null or oversized payload, a null destination or one of another address family, and a
/// failed send or receive are faults naming the peer and its endpoint. <see cref="DatagramComponent.Dispose"/> closes the socket from
/// any thread.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Payloads, each sent as one datagram to the current target")]
[Inbox<IPEndPoint>("target", "Where the following payloads go")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Outbox<Datagram>("outbox", "The datagrams received, with their source")]
[Outbox("signal", "The shutdown signal, once the socket is closed")]
public sealed partial class TargettedPeer : DatagramComponent
{
    private IPEndPoint? _target;

    /// <summary>Binds the local endpoint.</summary>
    /// <param name="target">The first destination; null to wait for one on "target".</param>
    /// <param name="local">The endpoint to bind; the loopback address of the target's family, port 0, when null.</param>
    /// <exception cref="IOException">The local endpoint cannot be bound; the message names the peer and the endpoint.</exception>
    public TargettedPeer(IPEndPoint? target = null, IPEndPoint? local = null)
        : base(local ?? UdpDefaults.LoopbackFor(target))
    {
        if (target is not null)
        {
            try
            {
                Socket.CheckDestination(target, "target");
            }
            catch (ArgumentException)
            {
                Socket.Close();
                throw;
            }
        }

        _target = target;
    }

    /// <summary>Where payloads go now; null until a destination is known. Read it from the scheduler's thread.</summary>
    public IPEndPoint? CurrentTarget => _target;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var step in Socket.Serve(Inbox, Outbox, ReadTargetsAndControl, () => _target))
        {
            yield return step;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    private ShutdownRequest ReadTargetsAndControl()
    {
        while (Target.TryRecv(out var target))
        {
            Socket.CheckDestination(target, "target");
            _target = target;
        }

        return ReadControl(Control);
    }
}
