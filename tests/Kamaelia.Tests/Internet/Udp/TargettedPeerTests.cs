using System.Net;
using System.Text;
using Kamaelia.Internet.Udp;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet.Udp;

public sealed class TargettedPeerTests
{
    [Fact]
    public async Task PayloadsWaitForATargetAndFollowItWhenItChanges()
    {
        using var first = UdpRig.LoopbackClient();
        using var second = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        using var peer = new TargettedPeer();
        TestSystem.Around(scheduler, peer, new Collector());
        peer.Deliver("waits"u8.ToArray());
        scheduler.RunPasses(20);
        Assert.Equal(0, peer.DatagramsSent);
        Assert.Null(peer.CurrentTarget);

        peer.Deliver(UdpRig.EndPointOf(first), "target");
        scheduler.RunUntilWithin(() => peer.DatagramsSent == 1);
        Assert.Equal("waits", Encoding.UTF8.GetString((await UdpRig.ReceiveAsync(first)).Buffer));

        peer.Deliver(UdpRig.EndPointOf(second), "target");
        peer.Deliver("moved"u8.ToArray());
        scheduler.RunUntilWithin(() => peer.DatagramsSent == 2);
        Assert.Equal("moved", Encoding.UTF8.GetString((await UdpRig.ReceiveAsync(second)).Buffer));
        Assert.Equal(UdpRig.EndPointOf(second), peer.CurrentTarget);
    }

    [Fact]
    public async Task ItReceivesLikeAnyPeer()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        using var peer = new TargettedPeer(UdpRig.EndPointOf(other));
        var sink = new Collector();
        TestSystem.Around(scheduler, peer, sink);

        await other.SendAsync("hi"u8.ToArray(), peer.LocalEndPoint);
        scheduler.RunUntilWithin(() => sink.Received.Count == 1);

        Assert.Equal("hi", Assert.Single(sink.Datagrams()).Text());
    }

    [Fact]
    public void ATargetOfAnotherAddressFamilyIsAFaultNamingThePeer()
    {
        var scheduler = new Scheduler();
        var peer = new TargettedPeer();
        TestSystem.Around(scheduler, peer, new Collector());
        peer.Deliver(new IPEndPoint(IPAddress.IPv6Loopback, 9), "target");

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(peer, fault.Component);
        Assert.Contains("\"target\"", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, peer.OpenSockets);
    }

    [Fact]
    public void FinishingWithPayloadsAndNoTargetIsAFaultRatherThanALoss()
    {
        var scheduler = new Scheduler();
        var peer = new TargettedPeer();
        TestSystem.Around(scheduler, peer, new Collector());
        peer.Deliver("stranded"u8.ToArray());
        peer.Deliver(new ProducerFinished(), "control");

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Contains("1 payloads waiting", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShutdownMicroprocessWithoutATargetStopsAtOnce()
    {
        var scheduler = new Scheduler();
        var peer = new TargettedPeer();
        var sink = new Collector();
        TestSystem.Around(scheduler, peer, sink);
        peer.Deliver("left behind"u8.ToArray());
        scheduler.RunPasses(5);
        var stop = new ShutdownMicroprocess();
        peer.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Same(stop, Assert.Single(sink.Controls));
        Eventually.True(() => peer.OpenSockets == 0 && peer.RunningOperations == 0, "the peer released its socket");
    }
}
