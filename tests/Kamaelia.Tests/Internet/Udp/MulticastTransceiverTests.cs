using System.Net;
using Kamaelia.Internet.Udp;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet.Udp;

public sealed class MulticastTransceiverTests
{
    [MulticastFact]
    public void EveryMemberHearsWhatOneSendsToTheGroup()
    {
        var scheduler = new Scheduler();
        var port = UdpRig.FreePort();
        using var speaker = new MulticastTransceiver(MulticastRoute.Group, port, MulticastRoute.Interface, timeToLive: 0);
        using var listener = new MulticastTransceiver(MulticastRoute.Group, port, MulticastRoute.Interface, timeToLive: 0);
        var heardBySpeaker = new Collector();
        var heardByListener = new Collector();
        new TestSystem(speaker, listener, heardBySpeaker, heardByListener)
            .Chain(speaker, heardBySpeaker)
            .Chain(listener, heardByListener)
            .Activate(scheduler);

        speaker.Deliver("to the group"u8.ToArray());
        scheduler.RunUntilWithin(() => heardBySpeaker.Received.Count == 1 && heardByListener.Received.Count == 1);

        Assert.Equal("to the group", heardByListener.Datagrams()[0].Text());
        Assert.Equal("to the group", heardBySpeaker.Datagrams()[0].Text());
        Assert.Equal(heardBySpeaker.Datagrams()[0].Source, heardByListener.Datagrams()[0].Source);
        Assert.Equal(new IPEndPoint(MulticastRoute.Group, port), speaker.Group);
    }

    [MulticastFact]
    public void ProducerFinishedSendsWhatIsQueuedThenLeavesTheGroup()
    {
        var scheduler = new Scheduler();
        var port = UdpRig.FreePort();
        var speaker = new MulticastTransceiver(MulticastRoute.Group, port, MulticastRoute.Interface, timeToLive: 0);
        using var listener = new MulticastTransceiver(MulticastRoute.Group, port, MulticastRoute.Interface, timeToLive: 0);
        var heard = new Collector();
        var speakerSink = new Collector();
        new TestSystem(speaker, listener, heard, speakerSink).Chain(speaker, speakerSink).Chain(listener, heard).Activate(scheduler);
        speaker.Deliver("1"u8.ToArray());
        speaker.Deliver("2"u8.ToArray());
        var finished = new ProducerFinished();
        speaker.Deliver(finished, "control");

        scheduler.RunUntilWithin(() => heard.Received.Count == 2 && speakerSink.IsStopped);

        Assert.Equal(["1", "2"], heard.Datagrams().Select(d => d.Text()));
        Assert.Same(finished, Assert.Single(speakerSink.Controls));
        Eventually.True(() => speaker.OpenSockets == 0 && speaker.RunningOperations == 0, "the transceiver released its socket");
    }

    [Fact]
    public void AnAddressThatIsNotMulticastIsRefused()
    {
        var refused = Assert.Throws<ArgumentException>(() => new MulticastTransceiver(IPAddress.Loopback, 5000));

        Assert.Contains("127.0.0.1 is not a multicast address", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MulticastTransceiver(MulticastRoute.Group, 0));
    }

    [Fact]
    public void JoiningOnAnAddressThatIsNoInterfaceIsAFaultNamingTheGroup()
    {
        var notMine = IPAddress.Parse("203.0.113.254");

        var refused = Assert.Throws<IOException>(() => new MulticastTransceiver(MulticastRoute.Group, UdpRig.FreePort(), notMine));

        Assert.Contains(MulticastRoute.Group.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Contains("MulticastTransceiver", refused.Message, StringComparison.Ordinal);
    }
}
