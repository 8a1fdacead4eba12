using System.Text;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Regroups a stream of strings or byte arrays into chunks of exactly <c>chunkSize</c> characters or bytes. On
/// ProducerFinished it sends the remainder as a last, shorter chunk; on ShutdownMicroprocess it forwards the
/// signal without flushing.
/// </summary>
[Inbox("inbox", "Strings or byte arrays")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Chunks of chunkSize (strings or byte arrays, as received)")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Chunkifier : Component
{
    private readonly int _chunkSize;
    private readonly StringBuilder _text = new();
    private readonly MemoryStream _bytes = new();

    /// <summary>Creates the chunkifier.</summary>
    public Chunkifier(int chunkSize = 1048576)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _chunkSize = chunkSize;
    }

    [Handles("inbox")]
    private void OnData(object data)
    {
        switch (data)
        {
            case string text:
                _text.Append(text);
                while (_text.Length >= _chunkSize)
                {
                    Outbox.Send(_text.ToString(0, _chunkSize));
                    _text.Remove(0, _chunkSize);
                }

                break;
            case byte[] bytes:
                _bytes.Write(bytes);
                if (_bytes.Length >= _chunkSize)
                {
                    var all = _bytes.ToArray();
                    var offset = 0;
                    for (; all.Length - offset >= _chunkSize; offset += _chunkSize)
                    {
                        Outbox.Send(all[offset..(offset + _chunkSize)]);
                    }

                    _bytes.SetLength(0);
                    _bytes.Write(all, offset, all.Length - offset);
                }

                break;
            default:
                throw new ArgumentException($"{Name} chunks strings and byte arrays, not {data.GetType().Name}.", nameof(data));
        }
    }

    // Runs after the data queued before ProducerFinished has been chunked, so the remainder is really the last.
    partial void OnShutdown()
    {
        if (RequestedShutdown != ShutdownRequest.Finish)
        {
            return;
        }

        if (_text.Length > 0)
        {
            Outbox.Send(_text.ToString());
            _text.Clear();
        }

        if (_bytes.Length > 0)
        {
            Outbox.Send(_bytes.ToArray());
            _bytes.SetLength(0);
        }
    }
}
