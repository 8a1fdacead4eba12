using System.Net;
using System.Text;
using Kamaelia.Internet.Udp;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet.Udp;

public sealed class SimplePeerTests
{
    [Fact]
    public async Task PayloadsGoToTheRemoteAndDatagramsComeOutWithTheirSource()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        using var peer = new SimplePeer(UdpRig.EndPointOf(other));
        var sink = new Collector();
        TestSystem.Around(scheduler, peer, sink);
        peer.Deliver("one"u8.ToArray());
        peer.Deliver("two"u8.ToArray());

        scheduler.RunUntilWithin(() => peer.DatagramsSent == 2);
        Assert.Equal("one", Encoding.UTF8.GetString((await UdpRig.ReceiveAsync(other)).Buffer));
        var second = await UdpRig.ReceiveAsync(other);
        Assert.Equal("two", Encoding.UTF8.GetString(second.Buffer));
        Assert.Equal(peer.LocalEndPoint, second.RemoteEndPoint);

        await other.SendAsync("back"u8.ToArray(), peer.LocalEndPoint);
        scheduler.RunUntilWithin(() => sink.Received.Count == 1);

        var datagram = Assert.Single(sink.Datagrams());
        Assert.Equal("back", datagram.Text());
        Assert.Equal(UdpRig.EndPointOf(other), datagram.Source);
        Assert.Equal(IPAddress.Loopback, peer.LocalEndPoint.Address);
    }

    [Fact]
    public void TwoPeersTalkToEachOther()
    {
        var scheduler = new Scheduler();
        var port = UdpRig.FreePort();
        using var left = new SimplePeer(new IPEndPoint(IPAddress.Loopback, port));
        using var right = new SimplePeer(left.LocalEndPoint, new IPEndPoint(IPAddress.Loopback, port));
        var heardByLeft = new Collector();
        var heardByRight = new Collector();
        new TestSystem(left, right, heardByLeft, heardByRight).Chain(left, heardByLeft).Chain(right, heardByRight).Activate(scheduler);

        left.Deliver("hello right"u8.ToArray());
        right.Deliver("hello left"u8.ToArray());
        scheduler.RunUntilWithin(() => heardByLeft.Received.Count == 1 && heardByRight.Received.Count == 1);

        Assert.Equal("hello left", Assert.Single(heardByLeft.Datagrams()).Text());
        Assert.Equal("hello right", Assert.Single(heardByRight.Datagrams()).Text());
        Assert.Equal(left.LocalEndPoint, heardByRight.Datagrams()[0].Source);
    }

    [Fact]
    public async Task ProducerFinishedSendsWhatIsQueuedThenClosesAndForwards()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        var peer = new SimplePeer(UdpRig.EndPointOf(other));
        var sink = new Collector();
        for (var index = 0; index < 20; index++)
        {
            peer.Deliver(new[] { (byte)index });
        }

        var finished = new ProducerFinished();
        peer.Deliver(finished, "control");
        TestSystem.Around(scheduler, peer, sink);

        scheduler.RunUntilWithin(() => peer.IsStopped && sink.IsStopped);

        for (var index = 0; index < 20; index++)
        {
            Assert.Equal([(byte)index], (await UdpRig.ReceiveAsync(other)).Buffer);
        }

        Assert.Same(finished, Assert.Single(sink.Controls));
        Assert.Equal(20, peer.DatagramsSent);
        Eventually.True(() => peer.OpenSockets == 0 && peer.RunningOperations == 0, "the peer released its socket");
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamClosesAtOnceAndLeavesTheQueue()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        var peer = new SimplePeer(UdpRig.EndPointOf(other));
        var sink = new Collector();
        TestSystem.Around(scheduler, peer, sink);
        peer.Deliver("first"u8.ToArray());
        scheduler.RunUntilWithin(() => peer.DatagramsSent == 1);
        var stop = new ShutdownMicroprocess();
        peer.Deliver(stop, "control");
        peer.Deliver("never"u8.ToArray());

        scheduler.RunUntilWithin(() => peer.IsStopped && sink.IsStopped);

        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.Equal(1, peer.DatagramsSent);
        Assert.Equal(1, peer.Inbox.Count);
        Eventually.True(() => peer.OpenSockets == 0 && peer.RunningOperations == 0, "the peer released its socket");
    }

    [Fact]
    public void ANullPayloadIsAFaultNamingThePeerAndItsEndpoint()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        var peer = new SimplePeer(UdpRig.EndPointOf(other));
        TestSystem.Around(scheduler, peer, new Collector());
        peer.Deliver(null);

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(peer, fault.Component);
        Assert.Contains("null payload", fault.Message, StringComparison.Ordinal);
        Assert.Contains(peer.LocalEndPoint.ToString(), fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, peer.OpenSockets);
    }

    [Fact]
    public void APayloadLargerThanADatagramIsAFault()
    {
        using var other = UdpRig.LoopbackClient();
        var scheduler = new Scheduler();
        var peer = new SimplePeer(UdpRig.EndPointOf(other));
        TestSystem.Around(scheduler, peer, new Collector());
        peer.Deliver(new byte[70_000]);

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Contains("70000 bytes", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, peer.OpenSockets);
    }

    [Fact]
    public void ARemoteOfAnotherAddressFamilyIsRefusedAtOnce()
    {
        var refused = Assert.Throws<ArgumentException>(() => new SimplePeer(new IPEndPoint(IPAddress.IPv6Loopback, 9), new IPEndPoint(IPAddress.Loopback, 0)));

        Assert.Contains("InterNetworkV6", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBoxesCarryBytesOutAndDatagramsIn()
    {
        using var peer = new SimplePeer(new IPEndPoint(IPAddress.Loopback, 9));

        Assert.Equal(typeof(byte[]), peer.Inbox.ElementType);
        Assert.Equal(typeof(Datagram), peer.Outbox.ElementType);
        Assert.Throws<BoxTypeMismatchException>(() => peer.Deliver("text"));
    }
}
