using System.Text;

namespace Kamaelia.Http;

/// <summary>A piece of a response's body, written to the client before the next part is taken.</summary>
/// <param name="Data">The bytes; the receiver may keep them.</param>
public sealed record HttpResponseChunk(ReadOnlyMemory<byte> Data) : HttpResponsePart
{
    /// <summary>A chunk holding <paramref name="text"/> encoded as UTF-8.</summary>
    public static HttpResponseChunk FromText(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>The bytes decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Data.Span);

    /// <inheritdoc />
    public override string ToString() => $"HttpResponseChunk ({Data.Length} bytes)";
}
