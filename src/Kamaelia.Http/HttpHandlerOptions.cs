namespace Kamaelia.Http;

/// <summary>The limits on the requests that <see cref="HttpServer"/> and <see cref="HttpEndpoint"/> give to handler graphs.</summary>
public class HttpHandlerOptions
{
    /// <summary>The largest request body read into an <see cref="HttpRequestData"/> (1 MiB by default); a larger one is refused with 413.</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>How many requests may be in handler graphs at once (1000 by default); more are refused with 503.</summary>
    public int MaxConcurrentRequests { get; init; } = 1000;

    /// <summary>
    /// How many response parts may wait between a handler graph and its client (16 by default). A client that reads
    /// slowly fills them, and then the graph is held back like any producer in front of a full inbox.
    /// </summary>
    public int ResponseQueueLength { get; init; } = 16;

    internal virtual void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBodySize, 0, nameof(MaxRequestBodySize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRequests, 1, nameof(MaxConcurrentRequests));
        ArgumentOutOfRangeException.ThrowIfLessThan(ResponseQueueLength, 1, nameof(ResponseQueueLength));
    }
}
