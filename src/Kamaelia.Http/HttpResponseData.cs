using System.Text;

namespace Kamaelia.Http;

/// <summary>
/// A whole response in one message: start, body and end. What a handler that answers at once sends, for example a
/// <c>Transformer&lt;HttpRequestData, HttpResponsePart&gt;</c>.
/// </summary>
/// <param name="StatusCode">The status code, 100 to 599.</param>
/// <param name="Headers">The response headers; null for none.</param>
/// <param name="Body">The whole body.</param>
public sealed record HttpResponseData(int StatusCode, IReadOnlyDictionary<string, string>? Headers, ReadOnlyMemory<byte> Body) : HttpResponsePart
{
    /// <summary>A response whose body is <paramref name="text"/> in UTF-8, as <c>text/plain; charset=utf-8</c>.</summary>
    public static HttpResponseData Text(string text, int statusCode = 200) =>
        new(statusCode, HttpResponseStart.WithContentType(statusCode, "text/plain; charset=utf-8").Headers, Encoding.UTF8.GetBytes(text));

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <inheritdoc />
    public override string ToString() => $"HttpResponseData {StatusCode} ({Body.Length} bytes)";
}
