using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Axon;

namespace Kamaelia.Http;

/// <summary>
/// An HTTP client as a component, on <see cref="HttpClient"/> (Kamaelia's SimpleHTTPClient): each
/// <see cref="HttpRequestData"/> on "inbox" (its <see cref="HttpRequestData.Path"/> an absolute URI, or one relative
/// to the client's <see cref="HttpClient.BaseAddress"/>) is sent, one request at a time and in order, and its response
/// leaves on "outbox" as an <see cref="HttpResponseStart"/>, the body in <see cref="HttpResponseChunk"/>s of at most
/// <see cref="ChunkSize"/> bytes, then an <see cref="HttpResponseEnd"/>. Every status code is a response, 404 and 500
/// included.
/// <para>
/// Flow control: the body is read one chunk at a time, and the next chunk only once the previous one has been
/// delivered, so a slow consumer holds the download back instead of filling memory. The network work runs on the
/// thread pool; only the component's steps touch its boxes.
/// </para>
/// <para>
/// Errors: a request that cannot be sent, or whose body cannot be read to the end (no connection, a reset, a
/// timeout), gives an <see cref="HttpRequestFailed"/> after whatever parts had already gone, with an exception naming
/// the component and the request; the client then takes the next request. Nothing is dropped silently.
/// </para>
/// <para>
/// Shutdown: <see cref="ProducerFinished"/> on "control" finishes the requests already received, then forwards it;
/// <see cref="ShutdownMicroprocess"/> cancels the request in flight and forwards it at once.
/// </para>
/// </summary>
[Inbox<HttpRequestData>("inbox", "Requests to send, one at a time, in order")]
[Inbox("control", "ProducerFinished: finish the requests received, then stop; ShutdownMicroprocess: cancel and stop now")]
[Outbox<HttpResponsePart>("outbox", "For each request: HttpResponseStart, HttpResponseChunks, HttpResponseEnd; or HttpRequestFailed")]
[Outbox("signal", "The shutdown signal, after the last response")]
public sealed partial class SimpleHttpClient : Component
{
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private ChannelReader<HttpResponsePart>? _responses;
    private HttpResponsePart? _held;

    /// <summary>Creates the client component.</summary>
    /// <param name="client">The <see cref="HttpClient"/> to send with, which stays the caller's; a new one, disposed when the component ends, when null.</param>
    /// <param name="chunkSize">The largest body chunk sent on "outbox" (16 KiB by default).</param>
    public SimpleHttpClient(HttpClient? client = null, int chunkSize = 16 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _ownsClient = client is null;
        _client = client ?? new HttpClient();
        ChunkSize = chunkSize;
    }

    /// <summary>The largest body chunk sent on "outbox".</summary>
    public int ChunkSize { get; }

    /// <summary>How many requests have been answered (to their end, or with an <see cref="HttpRequestFailed"/>).</summary>
    public long Completed { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (ReadControl(Control) != ShutdownRequest.StopNow)
        {
            if (_held is { } part)
            {
                if (!Outbox.TrySend(part))
                {
                    // Woken when the consumer takes a message.
                    Pause();
                    yield return null;
                    continue;
                }

                _held = null;
            }

            if (_responses is null)
            {
                if (Inbox.TryRecv(out var request))
                {
                    _responses = Start(request);
                }
                else if (RequestedShutdown == ShutdownRequest.Finish)
                {
                    break;
                }
                else
                {
                    Pause();
                    yield return null;
                    continue;
                }
            }

            if (_responses.TryRead(out var next))
            {
                _held = next;
            }
            else if (_responses.Completion.IsCompleted)
            {
                if (_responses.Completion.Exception is { } failure)
                {
                    throw new InvalidOperationException($"{Name} failed while fetching a response: {failure.InnerException?.Message}", failure.InnerException);
                }

                _responses = null;
                Completed++;
            }
            else
            {
                var ready = _responses.WaitToReadAsync(ShutdownToken).AsTask();
                if (!ready.IsCompleted)
                {
                    ready.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(Unpause);
                    Pause();
                }
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    /// <summary>Starts fetching on the thread pool; the parts come through a one-place channel, so at most one waits ahead.</summary>
    private ChannelReader<HttpResponsePart> Start(HttpRequestData request)
    {
        var parts = Channel.CreateBounded<HttpResponsePart>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        _ = PumpAsync(request, parts.Writer, ShutdownToken);
        return parts.Reader;
    }

    private async Task PumpAsync(HttpRequestData request, ChannelWriter<HttpResponsePart> parts, CancellationToken cancellation)
    {
        try
        {
            await foreach (var part in FetchAsync(request, cancellation).ConfigureAwait(false))
            {
                await parts.WriteAsync(part, cancellation).ConfigureAwait(false);
            }

            parts.TryComplete();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The component is stopping: nothing waits for the rest of this response.
            parts.TryComplete();
        }
        catch (Exception exception)
        {
            // Not a network failure (those are parts): the component faults with it on its next step.
            parts.TryComplete(exception);
        }
    }

    private async IAsyncEnumerable<HttpResponsePart> FetchAsync(HttpRequestData request, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var (response, sendFailure) = await SendAsync(request, cancellation).ConfigureAwait(false);
        if (response is null)
        {
            yield return Failed(request, "send", sendFailure!);
            yield break;
        }

        using (response)
        {
            yield return new HttpResponseStart((int)response.StatusCode, HeadersOf(response));
            var (body, openFailure) = await OpenBodyAsync(response, cancellation).ConfigureAwait(false);
            if (body is null)
            {
                yield return Failed(request, "read the response to", openFailure!);
                yield break;
            }

            await using (body.ConfigureAwait(false))
            {
                while (true)
                {
                    var (chunk, readFailure) = await ReadChunkAsync(body, cancellation).ConfigureAwait(false);
                    if (readFailure is not null)
                    {
                        yield return Failed(request, "read the response to", readFailure);
                        yield break;
                    }

                    if (chunk is null)
                    {
                        break;
                    }

                    yield return new HttpResponseChunk(chunk);
                }
            }

            yield return HttpResponseEnd.Instance;
        }
    }

    private async Task<(HttpResponseMessage? Response, Exception? Failure)> SendAsync(HttpRequestData request, CancellationToken cancellation)
    {
        try
        {
            using var message = MessageOf(request);
            return (await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested)
        {
            return (null, exception);
        }
    }

    private static async Task<(Stream? Body, Exception? Failure)> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        try
        {
            return (await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested)
        {
            return (null, exception);
        }
    }

    /// <summary>The next chunk of the body; null at its end.</summary>
    private async Task<(byte[]? Chunk, Exception? Failure)> ReadChunkAsync(Stream body, CancellationToken cancellation)
    {
        try
        {
            var buffer = new byte[ChunkSize];
            var read = await body.ReadAsync(buffer, cancellation).ConfigureAwait(false);
            return (read == 0 ? null : buffer.AsSpan(0, read).ToArray(), null);
        }
        catch (Exception exception) when (!cancellation.IsCancellationRequested)
        {
            return (null, exception);
        }
    }

    private HttpRequestFailed Failed(HttpRequestData request, string what, Exception exception) =>
        new(request, new HttpRequestException($"{Name} could not {what} {request.Method} {request.Path}{request.Query}: {exception.Message}", exception));

    private static HttpRequestMessage MessageOf(HttpRequestData request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path + request.Query);
        if (!request.Body.IsEmpty)
        {
            message.Content = new ReadOnlyMemoryContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                // Content headers (Content-Type...) belong to the body; a body-less request gets an empty one for them.
                message.Content ??= new ReadOnlyMemoryContent(ReadOnlyMemory<byte>.Empty);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return headers;
    }
}
