using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kamaelia.Http.View;

namespace Kamaelia.Http.Tests.View;

/// <summary>Reads a live view's event stream over real HTTP, as a browser's EventSource would, one snapshot at a time.</summary>
internal sealed class SnapshotEvents : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpResponseMessage _response;
    private readonly IAsyncEnumerator<SseItem<string>> _events;

    private SnapshotEvents(HttpResponseMessage response, IAsyncEnumerator<SseItem<string>> events)
    {
        _response = response;
        _events = events;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<SnapshotEvents> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync();
        return new SnapshotEvents(response, SseParser.Create(stream).EnumerateAsync().GetAsyncEnumerator());
    }

    /// <summary>The next snapshot; null when the stream has ended.</summary>
    public async Task<SystemSnapshot?> NextAsync()
    {
        if (!await _events.MoveNextAsync().AsTask().WaitAsync(Limits.Wait))
        {
            return null;
        }

        Assert.Equal("snapshot", _events.Current.EventType);
        return JsonSerializer.Deserialize<SystemSnapshot>(_events.Current.Data, Json);
    }

    /// <summary>Reads snapshots until one satisfies <paramref name="condition"/>; fails if the stream ends first.</summary>
    public async Task<SystemSnapshot> UntilAsync(Func<SystemSnapshot, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limits.Wait;
        while (DateTime.UtcNow < deadline)
        {
            var snapshot = await NextAsync() ?? throw new Xunit.Sdk.XunitException($"The stream ended before {what}.");
            if (condition(snapshot))
            {
                return snapshot;
            }
        }

        throw new Xunit.Sdk.XunitException($"No snapshot within {Limits.Wait.TotalSeconds} s showed {what}.");
    }

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        try
        {
            await _events.DisposeAsync();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The response was disposed under the parser: the stream is gone, which is what disposal wants.
        }
    }
}
