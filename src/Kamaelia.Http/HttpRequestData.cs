namespace Kamaelia.Http;

/// <summary>
/// One HTTP request as a message: what <see cref="HttpServer"/> sends into the handler graph it makes for the
/// request, and what <see cref="SimpleHttpClient"/> takes to send one. Immutable; the body is the whole body, read
/// before the request enters the graph (the server refuses bodies larger than
/// <see cref="HttpHandlerOptions.MaxRequestBodySize"/> with 413).
/// </summary>
/// <param name="Method">The method, upper case as sent: <c>GET</c>, <c>POST</c>...</param>
/// <param name="Path">The path, decoded, starting with <c>/</c>; for the client, the absolute URI to request.</param>
/// <param name="Query">The query string with its leading <c>?</c>, or empty.</param>
/// <param name="Headers">The headers, names compared without regard to case; repeated headers joined with <c>", "</c>.</param>
/// <param name="Body">The body's bytes, empty when there is none.</param>
public sealed record HttpRequestData(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>A request with no query, headers or body.</summary>
    public HttpRequestData(string method, string path)
        : this(method, path, "", EmptyHeaders, ReadOnlyMemory<byte>.Empty)
    {
    }

    /// <summary>No headers at all.</summary>
    public static IReadOnlyDictionary<string, string> EmptyHeaders { get; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body.Span);

    /// <summary>The value of a header, or null when the request has none of that name.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{Query}";
}
