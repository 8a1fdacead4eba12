using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kamaelia.Http.View;

/// <summary>
/// The live view's event stream (<c>text/event-stream</c>): a "snapshot" event with a <see cref="SystemSnapshot"/> as
/// JSON at once and then every interval, until the client goes or the application stops.
/// </summary>
internal static class SnapshotStream
{
    /// <summary>The event type of each snapshot, which the page listens for.</summary>
    public const string EventType = "snapshot";

    /// <summary>Serves the stream to one client.</summary>
    public static Task WriteAsync(HttpContext context, SystemSnapshotSource source, TimeSpan interval)
    {
        // The stream ends when the client goes or when the application stops, so that it never holds a shutdown up.
        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(Events(source, interval, ended.Token)).ExecuteAsync(context);
    }

    /// <summary>Serves one snapshot as JSON.</summary>
    public static async Task WriteOneAsync(HttpContext context, SystemSnapshotSource source)
    {
        var snapshot = await source.CaptureAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, snapshot, ViewJsonContext.Default.SystemSnapshot, context.RequestAborted).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(SystemSnapshotSource source, TimeSpan interval, [EnumeratorCancellation] CancellationToken ended)
    {
        using var timer = new PeriodicTimer(interval, source.TimeProvider);
        var first = true;
        while (await NextAsync(source, timer, first, ended).ConfigureAwait(false) is { } snapshot)
        {
            first = false;
            yield return new SseItem<string>(JsonSerializer.Serialize(snapshot, ViewJsonContext.Default.SystemSnapshot), EventType)
            {
                EventId = snapshot.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // A page that loses the stream (the application restarting) asks again after this long.
                ReconnectionInterval = interval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : interval,
            };
        }
    }

    /// <summary>Waits for the next tick (not before the first snapshot) and takes a snapshot; null once the stream has ended.</summary>
    private static async Task<SystemSnapshot?> NextAsync(SystemSnapshotSource source, PeriodicTimer timer, bool first, CancellationToken ended)
    {
        try
        {
            if (!first && !await timer.WaitForNextTickAsync(ended).ConfigureAwait(false))
            {
                return null;
            }

            return await source.CaptureAsync(ended).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            return null;
        }
    }
}
