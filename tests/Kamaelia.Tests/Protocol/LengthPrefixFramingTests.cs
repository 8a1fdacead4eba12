using Kamaelia.Internet;
using Kamaelia.Protocol.Framing;

namespace Kamaelia.Tests.Protocol;

public sealed class LengthPrefixFramingTests
{
    private static readonly byte[][] Messages =
    [
        "first"u8.ToArray(),
        [],
        [0, 0, 0, 5],
        [.. Enumerable.Range(0, 40_000).Select(i => (byte)i)],
    ];

    [Fact]
    public void EachFrameIsTheBigEndianLengthThenTheBytes()
    {
        var frames = FramingRig.Run(new LengthPrefixFramer(), ["abc"u8.ToArray()]).Messages;

        Assert.Equal([0, 0, 0, 3, (byte)'a', (byte)'b', (byte)'c'], Assert.Single(frames));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 4096)]
    [InlineData(4, 100_000)]
    public void MessagesSplitAcrossArbitraryChunkBoundariesAreReassembled(int seed, int longest)
    {
        var stream = FramingRig.Run(new LengthPrefixFramer(), Messages).Messages.SelectMany(f => f).ToArray();

        var decoded = FramingRig.Run(new LengthPrefixDeframer(), FramingRig.Split(stream, seed, longest), hasRejected: true);

        Assert.Equal(Messages, decoded.Messages);
        Assert.Empty(decoded.Rejected);
    }

    [Fact]
    public void ALengthOverMaxMessageSizeIsAFaultNamingTheDeframerAndTheInbox()
    {
        var deframer = new LengthPrefixDeframer { MaxMessageSize = 1000 };

        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.Run(deframer, [[0, 0, 0x10, 0], [1, 2, 3]]));

        var failure = Assert.IsType<MessageTooLargeException>(thrown.InnerException);
        Assert.Equal(4096, failure.Size);
        Assert.Equal(1000, failure.Limit);
        Assert.Contains(deframer.Name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"inbox\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeLengthIsAFaultToo()
    {
        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.Run(new LengthPrefixDeframer(), [[0xFF, 0xFF, 0xFF, 0xFF]]));

        Assert.IsType<MessageTooLargeException>(thrown.InnerException);
    }

    [Fact]
    public void AStreamEndingInsideAFrameIsARejectionCountedAndReported()
    {
        var deframer = new LengthPrefixDeframer();
        var finished = new ProducerFinished();

        var decoded = FramingRig.Run(deframer, [[0, 0, 0, 2, 7], [0, 0, 0, 10, 1, 2, 3]], finished, hasRejected: true);

        Assert.Equal([7, 0], Assert.Single(decoded.Messages));
        var rejection = Assert.Single(decoded.Rejected);
        Assert.Contains("ended inside a frame", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(1, deframer.RejectionCount);
        Assert.Same(finished, Assert.Single(decoded.Output.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessIsForwardedWithoutDecodingWhatIsQueued()
    {
        var stop = new ShutdownMicroprocess();

        var decoded = FramingRig.Run(new LengthPrefixDeframer(), [[0, 0, 0, 1, 9]], stop, hasRejected: true);

        Assert.Empty(decoded.Messages);
        Assert.Empty(decoded.Rejected);
        Assert.Same(stop, Assert.Single(decoded.Output.Controls));
    }

    [Fact]
    public void AMessageOverMaxMessageSizeIsAFaultOfTheFramer()
    {
        var framer = new LengthPrefixFramer { MaxMessageSize = 3 };

        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.Run(framer, [new byte[4]]));

        Assert.Contains("over MaxMessageSize (3)", Assert.IsType<MessageTooLargeException>(thrown.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeMaxMessageSizeIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LengthPrefixDeframer { MaxMessageSize = -1 });
}
