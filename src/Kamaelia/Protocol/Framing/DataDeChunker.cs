using Axon;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// Finds the frames that <see cref="DataChunker"/> writes in a byte stream (Kamaelia's DataDeChunker): the chunks on
/// "inbox" may be split anywhere, and each whole message leaves on "outbox" as soon as its last byte has arrived.
/// <para>
/// Corrupted input is never dropped silently: bytes before the first marker or between frames, a frame with a
/// corrupt header or an invalid escape sequence, a frame over <see cref="MaxMessageSize"/>, a frame cut short by the
/// next marker, and a frame the stream ends inside are each reported on "rejected" as a <see cref="Rejection"/> (with
/// the reason and how many bytes) and counted in <see cref="RejectionCount"/>; the de-chunker then resynchronises at the
/// next marker. A null chunk is an <see cref="ArgumentNullException"/> naming the component and "inbox".
/// </para>
/// <para>
/// "control": ProducerFinished decodes what is queued, reports a frame left unfinished, and is forwarded;
/// ShutdownMicroprocess is forwarded at once.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "A byte stream of frames, in chunks split anywhere")]
[Inbox("control", "ProducerFinished: decode what is queued, forward, end; ShutdownMicroprocess: forward, end")]
[Outbox<byte[]>("outbox", "Each message, whole")]
[Outbox<Rejection>("rejected", "What could not be decoded, with the reason", Optional = true)]
[Outbox("signal", "The shutdown signal")]
public sealed partial class DataDeChunker : Component
{
    private readonly SyncMarker _marker;
    private int _maxMessageSize = FramingLimits.DefaultMaxMessageSize;
    private SyncFrameDecoder? _decoder;

    /// <summary>Creates the de-chunker.</summary>
    /// <param name="syncMarker">The marker the chunker used; <see cref="DataChunker.DefaultSyncMarker"/> when null.</param>
    public DataDeChunker(byte[]? syncMarker = null) => _marker = new SyncMarker(syncMarker, nameof(syncMarker));

    /// <summary>The longest message accepted, in bytes (16 MiB unless set): a longer frame is rejected, not buffered.</summary>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        init => _maxMessageSize = FramingLimits.Valid(value);
    }

    /// <summary>How many rejections it has reported on "rejected".</summary>
    public long RejectionCount { get; private set; }

    /// <summary>How many whole messages it has sent.</summary>
    public long Decoded { get; private set; }

    private SyncFrameDecoder Decoder => _decoder ??= new SyncFrameDecoder(_marker, MaxMessageSize, Send, Reject);

    [Handles("inbox")]
    private void OnBytes(byte[] chunk)
    {
        if (chunk is null)
        {
            throw new ArgumentNullException(nameof(chunk), $"{Name}: a null chunk arrived on \"inbox\"; send byte arrays.");
        }

        Decoder.Decode(chunk);
    }

    // Runs after the data queued before ProducerFinished has been decoded, so a frame still open is really cut short.
    partial void OnShutdown()
    {
        if (RequestedShutdown == ShutdownRequest.Finish)
        {
            Decoder.Finish();
        }
    }

    private void Send(byte[] message)
    {
        Decoded++;
        Outbox.Send(message);
    }

    private void Reject(string reason, long length)
    {
        RejectionCount++;
        Rejected.Send(new Rejection(Name, reason, length));
    }
}
