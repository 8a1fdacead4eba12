using static Kamaelia.Gen.Analyzers.Tests.Support.KamaeliaVerifier;

namespace Kamaelia.Gen.Analyzers.Tests;

/// <summary>The typed stream utilities and UDP components are checked against their neighbours like any component (KAM020).</summary>
public class StreamAndUdpComponentLinkTests
{
    private const string Parts = """
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class Upper : Component
        {
            [Handles("inbox")] void OnLine(string line) => Outbox.Send(line.ToUpperInvariant());
        }

        """;

    [Fact]
    public Task TypedStreamUtilitiesAreCheckedAgainstTheirNeighbours() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Pipeline Ranges() => new(new ConsoleReader(), {|#0:new RangeFilter<int>((1, 2))|}, new ConsoleEchoer());

            public static Pipeline Largest() => new(new DataSource<int[]>([[1, 2]]), new Max<int>(), {|#1:new Upper()|});

            public static Pipeline Lossy() => new(new DataSource<int>([1]), new LossyConnector<int>(), {|#2:new Upper()|});

            public static Pipeline Fine() => new(
                new DataSource<int>([1, 2]), new UnseenOnly<int>(), new FirstOnly<int>(), new TwoWaySplitter<int>(),
                new OnDemandLimit<int>(), new TagWithSequenceNumber<int>(), new Stringify(), new Upper(), new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "ConsoleReader", "string", "inbox", "RangeFilter", "int"),
        Diagnostic("KAM020").WithLocation(1).WithArguments("outbox", "Max", "int", "inbox", "Upper", "string"),
        Diagnostic("KAM020").WithLocation(2).WithArguments("outbox", "LossyConnector", "int", "inbox", "Upper", "string"));

    [Fact]
    public Task AComparatorsInboxesAreCheckedInAGraphline() => VerifyAsync(
        Parts + """
        public static class Program
        {
            public static Graphline Build() => new(
                components: new()
                {
                    ["WORDS"] = new Upper(),
                    ["NUMBERS"] = new DataSource<int>([1]),
                    ["SAME"] = new Comparator<int>(),
                    ["SHOW"] = new ConsoleEchoer(),
                },
                linkages: new()
                {
                    [("self", "inbox")] = ("WORDS", "inbox"),
                    [("self", "control")] = ("WORDS", "control"),
                    [("WORDS", "signal")] = ("NUMBERS", "control"),
                    [("NUMBERS", "signal")] = ("SAME", "control"),
                    [("WORDS", "outbox")] = ("SAME", {|#0:"inA"|}),
                    [("NUMBERS", "outbox")] = ("SAME", "inB"),
                    [("SAME", "outbox")] = ("SHOW", "inbox"),
                    [("SAME", "signal")] = ("SHOW", "control"),
                    [("SHOW", "signal")] = ("self", "signal"),
                });
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "WORDS", "string", "inA", "SAME", "int"));

    [Fact]
    public Task UdpPeersCarryBytesOutAndDatagramsIn() => VerifyAsync(
        """
        using System.Net;
        using Kamaelia.Internet.Udp;

        """ + Parts + """
        public static class Program
        {
            static readonly IPEndPoint Remote = new(IPAddress.Loopback, 5000);

            public static Pipeline Text() => new(new ConsoleReader(), {|#0:new SimplePeer(Remote)|}, new ConsoleEchoer());

            public static Pipeline Received() => new(new DataSource<byte[]>([[1]]), new TargettedPeer(Remote), {|#1:new Upper()|});

            public static Pipeline Fine() => new(
                new DataSource<byte[]>([[1]]),
                new MulticastTransceiver(IPAddress.Parse("239.1.2.3"), 5000),
                new PureTransformer<Datagram, string>(d => d.Source.ToString()),
                new Upper(),
                new ConsoleEchoer());
        }
        """,
        Diagnostic("KAM020").WithLocation(0).WithArguments("outbox", "ConsoleReader", "string", "inbox", "SimplePeer", "byte[]"),
        Diagnostic("KAM020").WithLocation(1).WithArguments("outbox", "TargettedPeer", "Kamaelia.Internet.Udp.Datagram", "inbox", "Upper", "string"));
}
