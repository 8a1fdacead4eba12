using Axon;
using Kamaelia.Internet;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// Frames each message for a byte stream with a sync marker (Kamaelia's DataChunker): the marker, then the message's
/// length and bytes, escaped so that the marker never occurs inside a frame. <see cref="DataDeChunker"/> with the
/// same marker finds the frames again in the stream, however it is split, and resynchronises at the next marker after
/// corrupted input. Messages leave in order; a full destination holds it back.
/// <para>
/// A message longer than <see cref="MaxMessageSize"/> is a <see cref="MessageTooLargeException"/> naming the
/// component and "inbox" (the de-chunker would reject it); a null message is an <see cref="ArgumentNullException"/>.
/// ProducerFinished frames what is queued first; ShutdownMicroprocess does not; both are forwarded on "signal".
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Messages to frame")]
[Inbox("control", "ProducerFinished: frame what is queued, forward, end; ShutdownMicroprocess: forward, end")]
[Outbox<byte[]>("outbox", "Each message's frame: the sync marker, then its length and bytes, escaped")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class DataChunker : Component
{
    private readonly SyncMarker _marker;
    private int _maxMessageSize = FramingLimits.DefaultMaxMessageSize;

    /// <summary>Creates the chunker.</summary>
    /// <param name="syncMarker">
    /// The marker that starts each frame: 2 to 64 bytes whose first byte does not occur again in it;
    /// <see cref="DefaultSyncMarker"/> when null.
    /// </param>
    public DataChunker(byte[]? syncMarker = null) => _marker = new SyncMarker(syncMarker, nameof(syncMarker));

    /// <summary>The marker used unless another is given: 0xFE, then "KAMSYNC" in ASCII.</summary>
    public static ReadOnlyMemory<byte> DefaultSyncMarker => SyncMarker.Default;

    /// <summary>The longest message framed, in bytes (16 MiB unless set).</summary>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        init => _maxMessageSize = FramingLimits.Valid(value);
    }

    [Handles("inbox")]
    private void OnMessage(byte[] message)
    {
        FramingLimits.Check(this, message, MaxMessageSize);
        Outbox.Send(_marker.Frame(message));
    }
}
