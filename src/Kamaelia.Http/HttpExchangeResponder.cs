using System.Text;
using Axon;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kamaelia.Http;

/// <summary>
/// The ASP.NET Core side of a request (a thread-pool thread, never the scheduler's): reads the body, hands the
/// request to the <see cref="HttpServer"/> as an <see cref="HttpExchange"/>, then writes the response parts the handler
/// graph sends, awaiting each body write before taking the next part, so a slow client holds the graph back.
/// </summary>
internal static class HttpExchangeResponder
{
    public static async Task ServeAsync(HttpContext context, HandlerGraphs server)
    {
        var options = server.Options;
        if (!server.TryEnter())
        {
            await WriteStatusAsync(context, StatusCodes.Status503ServiceUnavailable, "Too many requests are being handled; try again later.").ConfigureAwait(false);
            return;
        }

        HttpExchange? exchange = null;
        var aborted = context.RequestAborted;
        try
        {
            var body = await ReadBodyAsync(context, options.MaxRequestBodySize).ConfigureAwait(false);
            if (body is null)
            {
                await WriteStatusAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {options.MaxRequestBodySize} bytes.").ConfigureAwait(false);
                return;
            }

            exchange = new HttpExchange(RequestOf(context, body), options.ResponseQueueLength);
            using var clientGone = aborted.Register(static state => ((HttpExchange)state!).StopAll(), exchange);
            server.Submit(exchange);
            switch (await exchange.Admission.WaitAsync(aborted).ConfigureAwait(false))
            {
                case ExchangeAdmission.NotFound:
                    await WriteStatusAsync(context, StatusCodes.Status404NotFound, $"Nothing handles {exchange.Request.Path}.").ConfigureAwait(false);
                    return;
                case ExchangeAdmission.Failed:
                    await WriteStatusAsync(context, StatusCodes.Status500InternalServerError, "The request's handler could not be made.").ConfigureAwait(false);
                    return;
                case ExchangeAdmission.Unavailable:
                    await WriteStatusAsync(context, StatusCodes.Status503ServiceUnavailable, "The server is stopping.").ConfigureAwait(false);
                    return;
            }

            await WriteResponseAsync(context, exchange, server).ConfigureAwait(false);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            // The client has gone: the handler graph was told to stop when the token was cancelled.
            exchange?.StopAll();
        }
        finally
        {
            server.Leave();
        }
    }

    private static async Task WriteResponseAsync(HttpContext context, HttpExchange exchange, HandlerGraphs server)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        var reader = exchange.Responses;
        var started = false;
        var ended = false;
        try
        {
            while (await WaitForPartsAsync(exchange, aborted).ConfigureAwait(false))
            {
                while (reader.TryRead(out var part))
                {
                    if (ended)
                    {
                        throw OutOfOrder(exchange, $"sent {part} after the response had ended");
                    }

                    switch (part)
                    {
                        case HttpResponseData whole when !started:
                            Start(response, whole.StatusCode, whole.Headers);
                            response.ContentLength ??= whole.Body.Length;
                            await response.Body.WriteAsync(whole.Body, aborted).ConfigureAwait(false);
                            ended = true;
                            break;
                        case HttpResponseStart start when !started:
                            Start(response, start.StatusCode, start.Headers);
                            started = true;

                            // The headers go now, so a client of a streamed response sees them before the body.
                            await response.StartAsync(aborted).ConfigureAwait(false);
                            break;
                        case HttpResponseChunk chunk:
                            started = true;
                            await response.Body.WriteAsync(chunk.Data, aborted).ConfigureAwait(false);
                            break;
                        case HttpResponseEnd:
                            ended = true;
                            break;
                        case HttpRequestFailed failed:
                            server.Report(new HttpHandlerFault(exchange.Request, failed.Exception));
                            if (!response.HasStarted)
                            {
                                await WriteStatusAsync(context, StatusCodes.Status502BadGateway, "An upstream request failed.").ConfigureAwait(false);
                            }
                            else
                            {
                                context.Abort();
                            }

                            exchange.StopAll();
                            return;
                        default:
                            throw OutOfOrder(exchange, $"sent {part} after the response had started");
                    }

                    if (ended)
                    {
                        // Nothing more belongs to this response: the graph may stop; anything it still sends is a fault.
                        await response.CompleteAsync().ConfigureAwait(false);
                        exchange.StopHandler();
                    }
                }
            }
        }
        catch (Exception exception) when (!aborted.IsCancellationRequested)
        {
            if (ended && exception is not ResponseOrderException && exchange.Fault is null)
            {
                // The response is complete; the graph was stopped afterwards, which is no fault of it.
                return;
            }

            var reported = exception is ResponseOrderException ? exception : null;
            await FailAsync(context, exchange, server, reported ?? exchange.Fault ?? exception).ConfigureAwait(false);
            return;
        }

        if (exchange.Fault is { } fault)
        {
            await FailAsync(context, exchange, server, fault, alreadyReported: true).ConfigureAwait(false);
        }
        else if (!started && !ended && server.IsClosed)
        {
            await WriteStatusAsync(context, StatusCodes.Status503ServiceUnavailable, "The server is stopping.").ConfigureAwait(false);
        }
        else if (!started && !ended)
        {
            await FailAsync(context, exchange, server, OutOfOrder(exchange, "ended without sending a response")).ConfigureAwait(false);
        }
    }

    /// <summary>True when a part can be read, false once the channel is complete; throws when the exchange ended without completing it.</summary>
    private static async Task<bool> WaitForPartsAsync(HttpExchange exchange, CancellationToken aborted)
    {
        var reader = exchange.Responses;
        while (true)
        {
            var ready = reader.WaitToReadAsync(aborted).AsTask();
            if (!ready.IsCompleted)
            {
                await Task.WhenAny(ready, exchange.Ended).ConfigureAwait(false);
            }

            if (ready.IsCompleted)
            {
                return await ready.ConfigureAwait(false);
            }

            // The exchange has ended. A sink that completed the channel first has left parts or a completion to see.
            if (!reader.TryPeek(out _) && !reader.Completion.IsCompleted)
            {
                throw exchange.Fault ?? new ComponentStoppedException(exchange);
            }
        }
    }

    private static async Task FailAsync(HttpContext context, HttpExchange exchange, HandlerGraphs server, Exception exception, bool alreadyReported = false)
    {
        exchange.StopAll();
        if (!alreadyReported && !ReferenceEquals(exception, exchange.Fault))
        {
            server.Report(new HttpHandlerFault(exchange.Request, exception));
        }

        if (context.Response.HasStarted)
        {
            // Part of the response has gone: aborting tells the client it is incomplete.
            context.Abort();
        }
        else
        {
            context.Response.Headers.Clear();
            await WriteStatusAsync(context, StatusCodes.Status500InternalServerError, "The request's handler failed.").ConfigureAwait(false);
        }
    }

    private static ResponseOrderException OutOfOrder(HttpExchange exchange, string what) =>
        new($"The handler graph made for {exchange.Request} {what} (on its \"outbox\"): a response is one HttpResponseStart, HttpResponseChunks, then HttpResponseEnd, or one HttpResponseData.");

    private static void Start(HttpResponse response, int statusCode, IReadOnlyDictionary<string, string>? headers)
    {
        response.StatusCode = statusCode;
        foreach (var (name, value) in headers ?? HttpRequestData.EmptyHeaders)
        {
            response.Headers[name] = value;
        }
    }

    private static HttpRequestData RequestOf(HttpContext context, byte[] body)
    {
        var request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        return new HttpRequestData(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "", headers.AsReadOnly(), body);
    }

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = null;
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    private static Task WriteStatusAsync(HttpContext context, int statusCode, string text)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text + "\n", Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>A handler graph broke the order of the response parts.</summary>
    private sealed class ResponseOrderException(string message) : InvalidOperationException(message);
}
