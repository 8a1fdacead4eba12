namespace Kamaelia.Http;

/// <summary>
/// One part of an HTTP response as a message, in the order they go out: an <see cref="HttpResponseStart"/> (status
/// and headers), any number of <see cref="HttpResponseChunk"/>s (the body, streamed), then an
/// <see cref="HttpResponseEnd"/>. An <see cref="HttpResponseData"/> is all three at once. A handler graph sends
/// them on its "outbox" to <see cref="HttpServer"/>; <see cref="SimpleHttpClient"/> sends them for each response it
/// receives, or an <see cref="HttpRequestFailed"/> instead.
/// </summary>
public abstract record HttpResponsePart
{
    private protected HttpResponsePart()
    {
    }
}
