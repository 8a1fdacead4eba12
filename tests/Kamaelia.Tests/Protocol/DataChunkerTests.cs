using Kamaelia.Internet;
using Kamaelia.Protocol.Framing;

namespace Kamaelia.Tests.Protocol;

public sealed class DataChunkerTests
{
    private static readonly byte[] Marker = DataChunker.DefaultSyncMarker.ToArray();

    private static readonly byte[][] Messages =
    [
        "hello"u8.ToArray(),
        [],
        [.. Marker],
        [Marker[0]],
        [Marker[0], Marker[0], (byte)~Marker[1], Marker[1]],
        [.. Marker[..^1], 0, .. Marker, .. Marker],
        [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7))],
    ];

    [Fact]
    public void MessagesSurviveTheRoundTripWholeAndInOrder()
    {
        var frames = FramingRig.Run(new DataChunker(), Messages).Messages;
        var decoded = FramingRig.Run(new DataDeChunker(), frames, hasRejected: true);

        Assert.Equal(Messages, decoded.Messages);
        Assert.Empty(decoded.Rejected);
    }

    [Fact]
    public void TheMarkerOccursOnlyAtTheStartOfEachFrameWhateverTheDataHoldsInside()
    {
        var frames = FramingRig.Run(new DataChunker(), Messages).Messages;

        Assert.Equal(Messages.Length, frames.Count);
        foreach (var frame in frames)
        {
            Assert.Equal(Marker, frame[..Marker.Length]);
            Assert.Equal(-1, frame.AsSpan(1).IndexOf(Marker));
        }

        var stream = frames.SelectMany(f => f).ToArray();
        Assert.Equal(Messages.Length, Occurrences(stream, Marker));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 9)]
    [InlineData(4, 64)]
    [InlineData(5, 5000)]
    public void MessagesSplitAcrossArbitraryChunkBoundariesAreReassembled(int seed, int longest)
    {
        var stream = FramingRig.Run(new DataChunker(), Messages).Messages.SelectMany(f => f).ToArray();

        var decoded = FramingRig.Run(new DataDeChunker(), FramingRig.Split(stream, seed, longest), hasRejected: true);

        Assert.Equal(Messages, decoded.Messages);
        Assert.Empty(decoded.Rejected);
    }

    [Fact]
    public void GarbageBeforeTheFirstMarkerIsSkippedAndReported()
    {
        byte[] garbage = [1, 2, Marker[0], 3, .. Marker[..^1], Marker[0]];
        var stream = garbage.Concat(FramingRig.Run(new DataChunker(), Messages[..2]).Messages.SelectMany(f => f)).ToArray();
        var dechunker = new DataDeChunker();

        var decoded = FramingRig.Run(dechunker, FramingRig.Split(stream, seed: 7, longest: 4), hasRejected: true);

        Assert.Equal(Messages[..2], decoded.Messages);
        var rejection = Assert.Single(decoded.Rejected);
        Assert.Equal(garbage.Length, rejection.Length);
        Assert.Contains("before the first sync marker", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(dechunker.Name, rejection.Component);
        Assert.Equal(1, dechunker.RejectionCount);
    }

    [Fact]
    public void AFrameCutShortMidStreamIsReportedAndTheNextFrameIsRead()
    {
        var frames = FramingRig.Run(new DataChunker(), ["one"u8.ToArray(), "two, which loses its end"u8.ToArray(), "three"u8.ToArray()]).Messages;
        frames[1] = frames[1][..^5];

        var decoded = FramingRig.Run(new DataDeChunker(), frames, hasRejected: true);

        Assert.Equal(["one"u8.ToArray(), "three"u8.ToArray()], decoded.Messages);
        Assert.Contains("cut short by the next sync marker", Assert.Single(decoded.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptHeaderMidStreamIsReportedAndTheNextFrameIsRead()
    {
        var frames = FramingRig.Run(new DataChunker(), ["one"u8.ToArray(), "two"u8.ToArray(), "three"u8.ToArray()]).Messages;
        frames[1][Marker.Length + 3] ^= 0x10;

        var decoded = FramingRig.Run(new DataDeChunker(), frames, hasRejected: true);

        Assert.Equal(["one"u8.ToArray(), "three"u8.ToArray()], decoded.Messages);
        var rejection = Assert.Single(decoded.Rejected);
        Assert.Contains("corrupt header", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(frames[1].Length - Marker.Length, rejection.Length);
    }

    [Fact]
    public void AnInvalidEscapeSequenceMidStreamIsReportedAndTheNextFrameIsRead()
    {
        var frames = FramingRig.Run(new DataChunker(), ["one"u8.ToArray(), "two"u8.ToArray(), "three"u8.ToArray()]).Messages;
        frames[1][^2] = Marker[0];

        var decoded = FramingRig.Run(new DataDeChunker(), FramingRig.Split([.. frames.SelectMany(f => f)], seed: 3, longest: 3), hasRejected: true);

        Assert.Equal(["one"u8.ToArray(), "three"u8.ToArray()], decoded.Messages);
        Assert.Contains("invalid escape sequence", Assert.Single(decoded.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesBetweenFramesAreReported()
    {
        var frames = FramingRig.Run(new DataChunker(), ["one"u8.ToArray(), "two"u8.ToArray()]).Messages;

        var decoded = FramingRig.Run(new DataDeChunker(), [frames[0], [9, 9, 9], frames[1]], hasRejected: true);

        Assert.Equal(["one"u8.ToArray(), "two"u8.ToArray()], decoded.Messages);
        var rejection = Assert.Single(decoded.Rejected);
        Assert.Equal(3, rejection.Length);
        Assert.Contains("between frames", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrameOverMaxMessageSizeIsRejectedWithoutBeingBuffered()
    {
        var frames = FramingRig.Run(new DataChunker(), [new byte[1000], "small"u8.ToArray()]).Messages;
        var dechunker = new DataDeChunker { MaxMessageSize = 100 };

        var decoded = FramingRig.Run(dechunker, frames, hasRejected: true);

        Assert.Equal(["small"u8.ToArray()], decoded.Messages);
        Assert.Contains("1000 bytes, over MaxMessageSize (100)", Assert.Single(decoded.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStreamEndingInsideAFrameIsReportedThenProducerFinishedIsForwarded()
    {
        var frame = FramingRig.Run(new DataChunker(), ["unfinished"u8.ToArray()]).Messages.Single();
        var finished = new ProducerFinished();

        var decoded = FramingRig.Run(new DataDeChunker(), [frame[..^3]], finished, hasRejected: true);

        Assert.Empty(decoded.Messages);
        var rejection = Assert.Single(decoded.Rejected);
        Assert.Contains("ended inside a frame", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(frame.Length - Marker.Length - 3, rejection.Length);
        Assert.Same(finished, Assert.Single(decoded.Output.Controls));
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamIsForwardedWithoutDecodingWhatIsQueued()
    {
        var frames = FramingRig.Run(new DataChunker(), ["one"u8.ToArray(), "two"u8.ToArray()]).Messages;
        var stop = new ShutdownMicroprocess();

        var decoded = FramingRig.Run(new DataDeChunker(), frames, stop, hasRejected: true);

        Assert.Empty(decoded.Messages);
        Assert.Empty(decoded.Rejected);
        Assert.Same(stop, Assert.Single(decoded.Output.Controls));
    }

    [Fact]
    public void AMarkerOfTheUsersOwnWorksBothWays()
    {
        byte[] marker = [0x00, 0x01, 0x02];
        byte[][] messages = [[0, 1, 2, 0, 1, 0], [0], [1, 2, 3]];

        var frames = FramingRig.Run(new DataChunker(marker), messages).Messages;
        var decoded = FramingRig.Run(new DataDeChunker(marker), FramingRig.Split([.. frames.SelectMany(f => f)], seed: 11, longest: 2), hasRejected: true);

        Assert.Equal(messages, decoded.Messages);
        Assert.Empty(decoded.Rejected);
    }

    [Fact]
    public void AMarkerThatCouldOverlapItselfIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new DataChunker([7, 1, 7]));
        Assert.Throws<ArgumentException>(() => new DataDeChunker([7]));
    }

    [Fact]
    public void AMessageOverMaxMessageSizeIsAFaultNamingTheChunkerAndTheInbox()
    {
        var chunker = new DataChunker { MaxMessageSize = 10 };

        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.Run(chunker, [new byte[11]]));

        var failure = Assert.IsType<MessageTooLargeException>(thrown.InnerException);
        Assert.Contains(chunker.Name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"inbox\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullChunkIsAFaultNamingTheDeChunkerAndTheInbox()
    {
        var thrown = Assert.Throws<ComponentFaultedException>(() => FramingRig.Run(new DataDeChunker(), [null!]));

        Assert.Contains("\"inbox\"", Assert.IsType<ArgumentNullException>(thrown.InnerException).Message, StringComparison.Ordinal);
    }

    private static int Occurrences(ReadOnlySpan<byte> stream, ReadOnlySpan<byte> marker)
    {
        var count = 0;
        while (stream.IndexOf(marker) is var at && at >= 0)
        {
            count++;
            stream = stream[(at + marker.Length)..];
        }

        return count;
    }
}
