using System.Buffers.Binary;
using Axon;
using Kamaelia.Internet;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// Reads the frames that <see cref="LengthPrefixFramer"/> writes out of a byte stream whose chunks on "inbox" may be
/// split anywhere; each whole message leaves on "outbox" as soon as its last byte has arrived.
/// <para>
/// A length over <see cref="MaxMessageSize"/> (or negative) is a <see cref="MessageTooLargeException"/> naming the
/// component and "inbox": a length-prefixed stream has no marker to resynchronise at, so after a bad length nothing
/// that follows can be trusted, and the de-framer never buffers without bound. A stream that ends inside a frame
/// (ProducerFinished with a frame unfinished) is reported on "rejected" as a <see cref="Rejection"/> and counted in
/// <see cref="RejectionCount"/>. A null chunk is an <see cref="ArgumentNullException"/>.
/// </para>
/// <para>
/// "control": ProducerFinished decodes what is queued, reports a frame left unfinished, and is forwarded;
/// ShutdownMicroprocess is forwarded at once.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "A byte stream of length-prefixed frames, in chunks split anywhere")]
[Inbox("control", "ProducerFinished: decode what is queued, forward, end; ShutdownMicroprocess: forward, end")]
[Outbox<byte[]>("outbox", "Each message, whole")]
[Outbox<Rejection>("rejected", "A frame the stream ended inside", Optional = true)]
[Outbox("signal", "The shutdown signal")]
public sealed partial class LengthPrefixDeframer : Component
{
    private readonly byte[] _prefix = new byte[LengthPrefixFramer.PrefixLength];
    private int _maxMessageSize = FramingLimits.DefaultMaxMessageSize;
    private int _prefixFilled;
    private byte[]? _payload;
    private int _payloadFilled;

    /// <summary>The longest message accepted, in bytes (16 MiB unless set).</summary>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        init => _maxMessageSize = FramingLimits.Valid(value);
    }

    /// <summary>How many rejections it has reported on "rejected".</summary>
    public long RejectionCount { get; private set; }

    [Handles("inbox")]
    private void OnBytes(byte[] chunk)
    {
        if (chunk is null)
        {
            throw new ArgumentNullException(nameof(chunk), $"{Name}: a null chunk arrived on \"inbox\"; send byte arrays.");
        }

        ReadOnlySpan<byte> rest = chunk;
        while (!rest.IsEmpty)
        {
            if (_payload is null)
            {
                var taken = Math.Min(rest.Length, _prefix.Length - _prefixFilled);
                rest[..taken].CopyTo(_prefix.AsSpan(_prefixFilled));
                _prefixFilled += taken;
                rest = rest[taken..];
                if (_prefixFilled == _prefix.Length)
                {
                    StartFrame(BinaryPrimitives.ReadInt32BigEndian(_prefix));
                }
            }
            else
            {
                var taken = Math.Min(rest.Length, _payload.Length - _payloadFilled);
                rest[..taken].CopyTo(_payload.AsSpan(_payloadFilled));
                _payloadFilled += taken;
                rest = rest[taken..];
                SendIfWhole();
            }
        }
    }

    // Runs after the data queued before ProducerFinished has been decoded, so a frame still open is really cut short.
    partial void OnShutdown()
    {
        if (RequestedShutdown == ShutdownRequest.Finish && (_prefixFilled > 0 || _payload is not null))
        {
            var length = _prefixFilled + _payloadFilled;
            var reason = _payload is null
                ? $"the stream ended inside a frame's length ({_prefixFilled} of {_prefix.Length} bytes)"
                : $"the stream ended inside a frame ({_payloadFilled} of {_payload.Length} bytes)";
            RejectionCount++;
            Rejected.Send(new Rejection(Name, reason, length));
        }
    }

    private void StartFrame(int length)
    {
        if (length < 0 || length > MaxMessageSize)
        {
            throw new MessageTooLargeException($"{Name}: a frame of {(uint)length} bytes arrived on \"inbox\", over MaxMessageSize ({MaxMessageSize}); the stream cannot be read past it.", (uint)length, MaxMessageSize);
        }

        _payload = length == 0 ? [] : new byte[length];
        _payloadFilled = 0;
        SendIfWhole();
    }

    private void SendIfWhole()
    {
        if (_payload is { } payload && _payloadFilled == payload.Length)
        {
            _payload = null;
            _prefixFilled = 0;
            Outbox.Send(payload);
        }
    }
}
