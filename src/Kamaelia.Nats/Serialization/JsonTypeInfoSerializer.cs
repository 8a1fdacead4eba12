using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// Reads and writes message payloads as JSON with a registered <see cref="JsonTypeInfo{T}"/> (no reflection).
/// An empty payload reads as the default value: it is what the end-of-stream marker carries.
/// </summary>
internal sealed class JsonTypeInfoSerializer<T>(JsonTypeInfo<T> typeInfo) : INatsSerializer<T>
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public void Serialize(IBufferWriter<byte> bufferWriter, T value)
    {
        // One writer per thread, re-pointed at each buffer: a publish then allocates nothing of its own.
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(bufferWriter);
            t_writer = writer;
        }
        else
        {
            writer.Reset(bufferWriter);
        }

        JsonSerializer.Serialize(writer, value, typeInfo);
        writer.Flush();
        writer.Reset(Stream.Null);
    }

    public T? Deserialize(in ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return default;
        }

        var reader = new Utf8JsonReader(buffer);
        return JsonSerializer.Deserialize(ref reader, typeInfo);
    }

    public INatsSerializer<T> CombineWith(INatsSerializer<T> next) => this;
}
