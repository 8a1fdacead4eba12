using System.Text;
using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// Turns a stream of UTF-8 bytes, in chunks split anywhere, into lines: each line leaves on "outbox" as a string
/// without its "\n" or "\r\n". It holds back when "outbox" leads to a full inbox. A line longer than
/// <see cref="MaxLineLength"/> bytes is a <see cref="MessageTooLargeException"/> (a fault of this component), so a
/// peer cannot make it buffer without bound. ProducerFinished on "control" sends the last, unterminated line too;
/// ShutdownMicroprocess does not; both are forwarded on "signal". For the other direction, use
/// <c>new Transformer&lt;string, byte[]&gt;(Encoding.UTF8.GetBytes)</c>.
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of UTF-8 text")]
[Inbox("control", "ProducerFinished: send the last line too, forward, end; ShutdownMicroprocess: forward, end")]
[Outbox<string>("outbox", "Each line, without its line ending")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class LineSplitter : Component
{
    private readonly Queue<string> _lines = new();
    private byte[] _partial = new byte[256];
    private int _partialLength;

    /// <summary>The longest line accepted, in bytes (64 KiB unless set).</summary>
    public int MaxLineLength { get; init; } = 64 * 1024;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (ReadControl(Control) != ShutdownRequest.StopNow)
        {
            // A chunk is taken only when every line of the previous one has gone out.
            while (FlushLines() && Inbox.TryRecv(out var chunk))
            {
                Split(chunk);
            }

            if (RequestedShutdown == ShutdownRequest.Finish && _lines.Count == 0 && Inbox.Count == 0)
            {
                if (_partialLength > 0)
                {
                    _lines.Enqueue(Decode(_partial.AsSpan(0, _partialLength)));
                    _partialLength = 0;
                }

                if (FlushLines())
                {
                    break;
                }
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    private bool FlushLines()
    {
        while (_lines.TryPeek(out var line) && Outbox.TrySend(line))
        {
            _lines.Dequeue();
        }

        return _lines.Count == 0;
    }

    private void Split(ReadOnlySpan<byte> chunk)
    {
        while (chunk.IndexOf((byte)'\n') is var end && end >= 0)
        {
            Append(chunk[..end]);
            _lines.Enqueue(Decode(_partial.AsSpan(0, _partialLength)));
            _partialLength = 0;
            chunk = chunk[(end + 1)..];
        }

        Append(chunk);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var length = _partialLength + bytes.Length;
        if (length > MaxLineLength)
        {
            throw new MessageTooLargeException($"{Name}: a line of more than {MaxLineLength} bytes arrived (LineSplitter.MaxLineLength).", length, MaxLineLength);
        }

        if (length > _partial.Length)
        {
            Array.Resize(ref _partial, Math.Max(length, _partial.Length * 2));
        }

        bytes.CopyTo(_partial.AsSpan(_partialLength));
        _partialLength = length;
    }

    private static string Decode(ReadOnlySpan<byte> line) =>
        Encoding.UTF8.GetString(line.EndsWith((byte)'\r') ? line[..^1] : line);
}
