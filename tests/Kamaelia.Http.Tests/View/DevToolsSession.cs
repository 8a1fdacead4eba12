using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Kamaelia.Http.Tests.View;

/// <summary>
/// One page of a browser driven over the Chrome DevTools Protocol: JSON commands over a WebSocket, each answered by a
/// message with the same id. Events the browser sends unasked are ignored.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, (string Method, TaskCompletionSource<JsonElement> Answer)> _waiting = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private int _lastId;

    private DevToolsSession(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(webSocketUrl, CancellationToken.None).WaitAsync(Limits.Wait);
        return new DevToolsSession(socket);
    }

    /// <summary>Sends a command and returns its result; a protocol error becomes an exception naming the command.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = (method, answer);
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }

        return await answer.Task.WaitAsync(Limits.Wait);
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value; a script error fails with its text.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"The page's script failed: {error}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The session is closing, or the browser went away: whoever still waits is told below.
        }

        foreach (var (_, (method, answer)) in _waiting)
        {
            answer.TrySetException(new InvalidOperationException($"The browser closed the connection before answering {method}."));
        }
    }

    private void Dispatch(byte[] message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (!root.TryGetProperty("id", out var idElement) || !_waiting.TryRemove(idElement.GetInt32(), out var waiting))
        {
            return;
        }

        if (root.TryGetProperty("error", out var error))
        {
            waiting.Answer.TrySetException(new InvalidOperationException($"{waiting.Method} failed: {error}"));
        }
        else
        {
            waiting.Answer.TrySetResult(root.GetProperty("result").Clone());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _receiving;
        _socket.Abort();
        _socket.Dispose();
        _closing.Dispose();
    }
}
