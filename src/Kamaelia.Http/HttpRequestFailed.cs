namespace Kamaelia.Http;

/// <summary>
/// Sent by <see cref="SimpleHttpClient"/> in place of the rest of a response when a request could not be made or
/// its response could not be read in full (no connection, a timeout, a reset). It follows whatever parts of the
/// response were already sent; no <see cref="HttpResponseEnd"/> follows it. A handler graph that passes it on to
/// <see cref="HttpServer"/> answers 502 (Bad Gateway) when nothing was sent yet, else the connection is aborted.
/// </summary>
/// <param name="Request">The request that failed.</param>
/// <param name="Exception">Why, with a message naming the client component and the request.</param>
public sealed record HttpRequestFailed(HttpRequestData Request, Exception Exception) : HttpResponsePart
{
    /// <inheritdoc />
    public override string ToString() => $"HttpRequestFailed {Request}: {Exception.Message}";
}
