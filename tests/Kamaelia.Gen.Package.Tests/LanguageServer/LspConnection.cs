using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 over LSP framing, from the client's side: requests the client sends and the answers matched to them
/// by id, notifications both ways, and requests from the server, answered by the given handler.
/// </summary>
internal sealed class LspConnection : IAsyncDisposable
{
    private const int MethodNotFound = -32601;

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _awaitingAnswers = new();
    private readonly ConcurrentQueue<LspNotification> _notifications = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _stopReading = new();
    private readonly Task _reading;
    private int _lastRequestId;
    private volatile Exception? _closedBy;

    /// <param name="answerServerRequest">
    /// Gives the result for a request the server makes (method, params); throwing <see cref="NotSupportedException"/>
    /// answers "method not found".
    /// </param>
    public LspConnection(Stream toServer, Stream fromServer, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _answerServerRequest = answerServerRequest;
        _reading = Task.Run(ReadUntilTheStreamEndsAsync);
    }

    /// <summary>What the server has told the client without being asked, oldest first.</summary>
    public IReadOnlyList<LspNotification> Notifications => [.. _notifications];

    /// <summary>Sends a request and waits for its result; an error answer or the timeout fails the task.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _lastRequestId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaitingAnswers[id] = answer;
        if (_closedBy is { } closedBy)
        {
            // The reader has already failed every request it knew of; this one came too late for that.
            answer.TrySetException(closedBy);
        }

        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The language server did not answer {method} within {timeout.TotalSeconds} s.");
        }
        finally
        {
            _awaitingAnswers.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async ValueTask DisposeAsync()
    {
        await _stopReading.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
            // The reader was stopped while it waited for the next message: the end this asks for.
        }

        _stopReading.Dispose();
        _writing.Dispose();
    }

    private async Task WriteAsync(JsonNode message)
    {
        await _writing.WaitAsync();
        try
        {
            await LspFraming.WriteAsync(_toServer, message, CancellationToken.None);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task ReadUntilTheStreamEndsAsync()
    {
        try
        {
            while (await LspFraming.ReadAsync(_fromServer, _stopReading.Token) is JsonObject message)
            {
                await DispatchAsync(message);
            }

            FailEveryAwaitingRequest(new EndOfStreamException("The language server closed its output."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FailEveryAwaitingRequest(exception);
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null && id is not null)
        {
            AnswerArrived((int)id, message);
        }
        else if (method is not null && id is not null)
        {
            await WriteAsync(AnswerTo(id.DeepClone(), method, message["params"]));
        }
        else if (method is not null)
        {
            _notifications.Enqueue(new LspNotification(method, message["params"]?.DeepClone()));
        }
    }

    private void AnswerArrived(int id, JsonObject answer)
    {
        if (!_awaitingAnswers.TryGetValue(id, out var awaiting))
        {
            return;
        }

        if (answer["error"] is { } error)
        {
            awaiting.TrySetException(new InvalidOperationException($"The language server answered request {id} with an error: {error.ToJsonString()}"));
        }
        else
        {
            awaiting.TrySetResult(answer["result"]?.DeepClone());
        }
    }

    private JsonObject AnswerTo(JsonNode id, string method, JsonNode? parameters)
    {
        try
        {
            return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = _answerServerRequest(method, parameters) };
        }
        catch (NotSupportedException)
        {
            return new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = id,
                ["error"] = new JsonObject { ["code"] = MethodNotFound, ["message"] = $"This client does not handle {method}." },
            };
        }
    }

    private void FailEveryAwaitingRequest(Exception reason)
    {
        _closedBy = reason;
        foreach (var awaiting in _awaitingAnswers.Values)
        {
            awaiting.TrySetException(reason);
        }
    }
}
