using System.Buffers.Binary;

namespace Kamaelia.Protocol.Framing;

/// <summary>
/// The sync-marker frame format that <see cref="DataChunker"/> writes and <see cref="DataDeChunker"/> reads: the
/// marker, then the message's length as a 32-bit big-endian integer, its bitwise complement (so that a corrupt length
/// is seen), and the message's bytes. Everything after the marker is escaped so that the marker never occurs in it:
/// each byte equal to the marker's first byte is followed by <see cref="Escape"/>, a byte that differs from the
/// marker's second. Since the marker's first byte occurs nowhere else in the marker, a marker cannot overlap itself,
/// so a reader that finds one after corrupted input is at the start of a frame.
/// </summary>
internal sealed class SyncMarker
{
    public const int HeaderLength = 8;

    public static readonly byte[] Default = [0xFE, (byte)'K', (byte)'A', (byte)'M', (byte)'S', (byte)'Y', (byte)'N', (byte)'C'];

    private readonly byte[] _bytes;

    public SyncMarker(byte[]? bytes, string parameterName)
    {
        bytes ??= Default;
        if (bytes.Length is < 2 or > 64)
        {
            throw new ArgumentException($"A sync marker has 2 to 64 bytes, not {bytes.Length}.", parameterName);
        }

        if (bytes.AsSpan(1).Contains(bytes[0]))
        {
            throw new ArgumentException($"A sync marker's first byte (0x{bytes[0]:X2}) must not occur again in it, or markers could overlap.", parameterName);
        }

        _bytes = [.. bytes];
        Escape = (byte)~bytes[1];
    }

    public ReadOnlySpan<byte> Bytes => _bytes;

    public int Length => _bytes.Length;

    public byte First => _bytes[0];

    public byte Second => _bytes[1];

    /// <summary>Follows the marker's first byte where that byte is data.</summary>
    public byte Escape { get; }

    /// <summary>The frame of <paramref name="message"/>.</summary>
    public byte[] Frame(ReadOnlySpan<byte> message)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        BinaryPrimitives.WriteInt32BigEndian(header, message.Length);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], ~message.Length);
        var frame = new byte[_bytes.Length + HeaderLength + message.Length + header.Count(First) + message.Count(First)];
        _bytes.CopyTo(frame, 0);
        var written = EscapeInto(header, frame.AsSpan(_bytes.Length));
        EscapeInto(message, frame.AsSpan(_bytes.Length + written));
        return frame;
    }

    private int EscapeInto(ReadOnlySpan<byte> data, Span<byte> target)
    {
        var written = 0;
        while (data.IndexOf(First) is var next && next >= 0)
        {
            data[..(next + 1)].CopyTo(target[written..]);
            written += next + 1;
            target[written++] = Escape;
            data = data[(next + 1)..];
        }

        data.CopyTo(target[written..]);
        return written + data.Length;
    }
}
