using System.Net;
using System.Net.Sockets;
using Kamaelia.Internet.Udp;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet.Udp;

public sealed class UDPReceiverTests
{
    [Fact]
    public async Task DatagramsComeOutInOrderWithTheirSourceAndProducerFinishedClosesTheSocket()
    {
        using var sender = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        var receiver = new UDPReceiver();
        var sink = new Collector();
        TestSystem.Around(scheduler, receiver, sink);
        foreach (var word in new[] { "a", "b", "c" })
        {
            await sender.SendAsync(System.Text.Encoding.UTF8.GetBytes(word), receiver.LocalEndPoint);
        }

        scheduler.RunUntilWithin(() => sink.Received.Count == 3);
        var finished = new ProducerFinished();
        receiver.Deliver(finished, "control");
        scheduler.RunWithin();

        Assert.Equal(["a", "b", "c"], sink.Datagrams().Select(d => d.Text()));
        Assert.All(sink.Datagrams(), d => Assert.Equal(UdpRig.EndPointOf(sender), d.Source));
        Assert.Same(finished, Assert.Single(sink.Controls));
        Eventually.True(() => receiver.OpenSockets == 0 && receiver.RunningOperations == 0, "the receiver released its socket");
    }

    [Fact]
    public async Task ReceivedDatagramsWaitWhileTheDestinationIsFull()
    {
        using var sender = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        using var receiver = new UDPReceiver();
        var stuck = new Stubborn();
        stuck.Inbox.SizeLimit = 1;
        new TestSystem(receiver, stuck).Chain(receiver, stuck).Activate(scheduler);
        for (byte index = 0; index < 3; index++)
        {
            await sender.SendAsync(new[] { index }, receiver.LocalEndPoint);
        }

        scheduler.RunUntilWithin(() => receiver.DatagramsReceived == 3 && stuck.Inbox.Count == 1);
        var taken = new List<byte>();
        while (taken.Count < 3)
        {
            scheduler.RunUntilWithin(() => stuck.Inbox.Count == 1);
            taken.Add(((Datagram)stuck.Inbox.Recv()!).Payload[0]);
        }

        Assert.Equal([0, 1, 2], taken);
    }

    [Fact]
    public void AnEndpointAlreadyInUseIsRefusedNamingTheReceiverAndTheEndpoint()
    {
        using var holder = UdpRig.LoopbackClient();
        var taken = UdpRig.EndPointOf(holder);

        var refused = Assert.Throws<IOException>(() => new UDPReceiver(taken));

        Assert.Contains(taken.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains("UDPReceiver", refused.Message, StringComparison.Ordinal);
        Assert.IsType<SocketException>(refused.InnerException);
    }

    [Fact]
    public void DisposeFromAnotherThreadClosesTheSocketAndStopsIt()
    {
        var scheduler = new Scheduler();
        var receiver = new UDPReceiver(new IPEndPoint(IPAddress.Loopback, 0));
        TestSystem.Around(scheduler, receiver, new Collector());
        scheduler.RunUntilWithin(() => receiver.RunningOperations == 1);

        var disposer = new Thread(receiver.Dispose);
        disposer.Start();
        Assert.True(disposer.Join(Peer.Bound));
        scheduler.RunUntilWithin(() => receiver.IsStopped);

        Eventually.True(() => receiver.OpenSockets == 0 && receiver.RunningOperations == 0, "the receiver released its socket");
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamIsForwarded()
    {
        var scheduler = new Scheduler();
        var receiver = new UDPReceiver();
        var sink = new Collector();
        TestSystem.Around(scheduler, receiver, sink);
        scheduler.RunPasses(3);
        var stop = new ShutdownMicroprocess();
        receiver.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        Eventually.True(() => receiver.OpenSockets == 0, "the receiver released its socket");
    }
}
