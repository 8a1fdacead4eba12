namespace Kamaelia.Http;

/// <summary>The first part of a response: its status code and headers. The body follows in <see cref="HttpResponseChunk"/>s.</summary>
/// <param name="StatusCode">The status code, 100 to 599.</param>
/// <param name="Headers">The response headers (Content-Type among them); null for none.</param>
public sealed record HttpResponseStart(int StatusCode, IReadOnlyDictionary<string, string>? Headers = null) : HttpResponsePart
{
    /// <summary>A start with the status code and one Content-Type header.</summary>
    public static HttpResponseStart WithContentType(int statusCode, string contentType) =>
        new(statusCode, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType });

    /// <inheritdoc />
    public override string ToString() => $"HttpResponseStart {StatusCode}";
}
