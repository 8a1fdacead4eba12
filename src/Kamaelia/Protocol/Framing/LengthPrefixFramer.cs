using System.Buffers.Binary;
using Axon;
using Kamaelia.Internet;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// Frames each message for a binary stream with its length: a 32-bit big-endian byte count, then the message's
/// bytes, in one array. <see cref="LengthPrefixDeframer"/> reads them back. Cheaper than <see cref="DataChunker"/>
/// (nothing is escaped) but with no marker to resynchronise at: use it where the stream itself is reliable (TCP, a
/// file). A message longer than <see cref="MaxMessageSize"/> is a <see cref="MessageTooLargeException"/> naming the
/// component and "inbox"; a null message is an <see cref="ArgumentNullException"/>. ProducerFinished frames what is
/// queued first; ShutdownMicroprocess does not; both are forwarded on "signal".
/// </summary>
[Inbox<byte[]>("inbox", "Messages to frame")]
[Inbox("control", "ProducerFinished: frame what is queued, forward, end; ShutdownMicroprocess: forward, end")]
[Outbox<byte[]>("outbox", "Each message's frame: its length (4 bytes, big-endian), then its bytes")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class LengthPrefixFramer : Component
{
    /// <summary>The size of the length that starts each frame, in bytes.</summary>
    public const int PrefixLength = 4;

    private int _maxMessageSize = FramingLimits.DefaultMaxMessageSize;

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
        var frame = new byte[PrefixLength + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, message.Length);
        message.CopyTo(frame, PrefixLength);
        Outbox.Send(frame);
    }
}
