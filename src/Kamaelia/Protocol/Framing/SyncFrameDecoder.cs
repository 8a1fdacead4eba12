using System.Buffers.Binary;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// Reads the frames of <see cref="SyncMarker"/> out of a byte stream given in chunks split anywhere. A whole message
/// goes to <c>message</c> as soon as its last byte arrives. Whatever cannot be a frame goes to <c>rejected</c>, with
/// the reason and how many bytes: bytes outside any frame, a frame with a corrupt header or an invalid escape
/// sequence (with the bytes that follow it up to the next marker), a frame over the size limit, a frame cut short by
/// the next marker, or a frame the stream ended inside. After a rejection it hunts for the next marker and carries on.
/// </summary>
internal sealed class SyncFrameDecoder(SyncMarker marker, int maxMessageSize, Action<byte[]> message, Action<string, long> rejected)
{
    private const string BeforeFirstMarker = "bytes before the first sync marker";
    private const string BetweenFrames = "bytes between frames that are not a sync marker";

    private readonly byte[] _header = new byte[SyncMarker.HeaderLength];

    // Bytes at the end of the last chunk that could be the start of a marker or of an escape sequence.
    private byte[] _carry = [];
    private bool _inFrame;
    private int _headerFilled;
    private byte[]? _payload;
    private int _payloadFilled;

    // Hunting: why the bytes skipped are skipped, how many there have been since the last report, and whether they
    // are (or follow) a frame that was dropped, which is reported even when no byte was skipped.
    private string _skipping = BeforeFirstMarker;
    private long _skipped;
    private bool _frameDropped;

    public void Decode(ReadOnlySpan<byte> chunk)
    {
        ReadOnlySpan<byte> work = chunk;
        if (_carry.Length > 0)
        {
            byte[] joined = [.. _carry, .. chunk];
            work = joined;
            _carry = [];
        }

        while (!work.IsEmpty)
        {
            var used = _inFrame ? DecodeFrame(work) : Hunt(work);
            if (used == 0)
            {
                _carry = work.ToArray();
                return;
            }

            work = work[used..];
        }
    }

    /// <summary>The end of the stream: reports a frame cut short, or bytes skipped, that are still pending.</summary>
    public void Finish()
    {
        if (_inFrame)
        {
            DropFrame("the stream ended inside a frame");
        }

        _skipped += _carry.Length;
        _carry = [];
        ReportSkipped();
        _skipping = BeforeFirstMarker;
    }

    // Skips to the next marker; 0 when the bytes given could all still be the start of one.
    private int Hunt(ReadOnlySpan<byte> work)
    {
        var found = work.IndexOf(marker.Bytes);
        if (found >= 0)
        {
            _skipped += found;
            ReportSkipped();
            StartFrame();
            return found + marker.Length;
        }

        var kept = Math.Min(work.Length, marker.Length - 1);
        _skipped += work.Length - kept;
        return work.Length - kept;
    }

    // Decodes frame bytes; returns how many were used, 0 when more input is needed to know what they are.
    private int DecodeFrame(ReadOnlySpan<byte> work)
    {
        var position = 0;
        while (_inFrame && position < work.Length)
        {
            if (work[position] != marker.First)
            {
                if (_payload is not null)
                {
                    // A run of plain bytes: copied at once.
                    var run = work[position..].IndexOf(marker.First) is var next && next >= 0 ? next : work.Length - position;
                    var taken = Math.Min(run, _payload.Length - _payloadFilled);
                    work.Slice(position, taken).CopyTo(_payload.AsSpan(_payloadFilled));
                    _payloadFilled += taken;
                    position += taken;
                    CompleteIfWhole();
                }
                else
                {
                    Append(work[position++]);
                }

                continue;
            }

            if (position + 1 == work.Length)
            {
                return position;
            }

            var second = work[position + 1];
            if (second == marker.Escape)
            {
                Append(marker.First);
                position += 2;
                continue;
            }

            if (second == marker.Second)
            {
                if (work.Length - position < marker.Length)
                {
                    return position;
                }

                if (work[position..].StartsWith(marker.Bytes))
                {
                    DropFrame("a frame cut short by the next sync marker");
                    ReportSkipped();
                    StartFrame();
                    position += marker.Length;
                    continue;
                }
            }

            // The marker's first byte, neither escaped nor starting a marker: the frame is corrupt.
            DropFrame("a frame with an invalid escape sequence");
            position += 1;
        }

        return position;
    }

    private void Append(byte value)
    {
        if (_payload is not null)
        {
            _payload[_payloadFilled++] = value;
            CompleteIfWhole();
            return;
        }

        _header[_headerFilled++] = value;
        if (_headerFilled < SyncMarker.HeaderLength)
        {
            return;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(_header);
        if (BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(4)) != ~length || length < 0)
        {
            DropFrame("a frame with a corrupt header");
        }
        else if (length > maxMessageSize)
        {
            DropFrame($"a frame of {length} bytes, over MaxMessageSize ({maxMessageSize})");
        }
        else
        {
            _payload = length == 0 ? [] : new byte[length];
            _payloadFilled = 0;
            CompleteIfWhole();
        }
    }

    private void CompleteIfWhole()
    {
        if (_payload is { } payload && _payloadFilled == payload.Length)
        {
            _payload = null;
            _inFrame = false;
            _skipping = BetweenFrames;
            message(payload);
        }
    }

    private void StartFrame()
    {
        _inFrame = true;
        _headerFilled = 0;
        _payload = null;
        _payloadFilled = 0;
    }

    // Drops the frame being read; its bytes, and those skipped after it up to the next marker, are reported as one.
    private void DropFrame(string reason)
    {
        _skipped += _headerFilled + _payloadFilled;
        _skipping = reason;
        _frameDropped = true;
        _inFrame = false;
        _payload = null;
        _payloadFilled = 0;
        _headerFilled = 0;
    }

    private void ReportSkipped()
    {
        if (_skipped > 0 || _frameDropped)
        {
            rejected(_skipping, _skipped);
        }

        _skipped = 0;
        _frameDropped = false;
        _skipping = BetweenFrames;
    }
}
