using System.Collections.Concurrent;
using System.Diagnostics;
using Axon;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// What the four NATS links share. The NATS client is asynchronous and the component is cooperative, so each
/// link runs a pump task that owns the connection; the two sides meet only through thread-safe queues, and
/// the pump wakes the component with <see cref="Component.Unpause"/>. Nothing on the scheduler's thread waits
/// on the network. Connection losses and reconnections are reported on "status".
/// </summary>
/// <remarks>
/// The concrete links declare their boxes on partial properties typed by their message type, which implement
/// the accessors declared here.
/// </remarks>
public abstract class NatsLink : Component
{
    private readonly ConcurrentQueue<NatsLinkStatus> _reports = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly object _sessionLock = new();
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource _session = new();
    private long _disconnectedAt;
    private bool _everConnected;
    private volatile Exception? _failure;
    private int _wakePending;
    private NatsConnection? _connection;
    private Task? _pump;

    private protected NatsLink(string subject, NatsOpts? options, bool allowWildcards, string subjectBox)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (NatsSubjects.Problem(subject, allowWildcards) is { } problem)
        {
            throw new ArgumentException($"{Name}, box '{subjectBox}': {problem}.", nameof(subject));
        }

        Subject = subject;
        Options = options ?? NatsOpts.Default;

    }

    /// <summary>The NATS subject the link publishes to or subscribes to.</summary>
    public string Subject { get; }

    /// <summary>The connection options (server URL, reconnection policy, credentials).</summary>
    public NatsOpts Options { get; }

    /// <summary>Reports about the connection: <see cref="NatsDisconnected"/>, <see cref="NatsReconnected"/>, <see cref="NatsMessagesLost"/>.</summary>
    public abstract Outbox<NatsLinkStatus> Status { get; }

    /// <summary>Shutdown signals.</summary>
    public abstract Inbox<object> Control { get; }

    /// <summary>The shutdown signal, after the data.</summary>
    public abstract Outbox<object> Signal { get; }

    /// <summary>True while the pump has a connection to the server.</summary>
    public bool IsConnected => _connection?.ConnectionState == NatsConnectionState.Open;

    private protected CancellationToken Closing => _closing.Token;

    /// <summary>
    /// Starts the pump: it connects (an unreachable server at start is a fault of this component, naming
    /// <paramref name="boxName"/>), then runs <paramref name="pump"/> until it returns or the component ends.
    /// </summary>
    private protected void StartPump(string boxName, Func<NatsConnection, CancellationToken, Task> pump)
    {
        var connection = new NatsConnection(Options);
        connection.ConnectionDisconnected += OnDisconnectedAsync;
        connection.ConnectionOpened += OnOpenedAsync;
        connection.MessageDropped += OnMessageDroppedAsync;
        connection.SlowConsumerDetected += OnSlowConsumerAsync;
        _connection = connection;
        var token = _closing.Token;
        _pump = Task.Run(async () =>
        {
            try
            {
                try
                {
                    await connection.ConnectAsync().ConfigureAwait(false);
                }
                catch (Exception exception) when (!token.IsCancellationRequested)
                {
                    throw new NatsLinkException(this, boxName, $"cannot reach the NATS server at {Options.Url} for subject '{Subject}': {exception.Message}", exception);
                }

                await pump(connection, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The component ended: the pump just stops.
            }
            catch (NatsLinkException exception)
            {
                _failure = exception;
            }
            catch (Exception exception)
            {
                _failure = new NatsLinkException(this, boxName, $"the NATS link on subject '{Subject}' failed: {exception.Message}", exception);
            }
            finally
            {
                Wake();
            }
        });
    }

    /// <summary>True once the pump task has ended (its work done, failed or cancelled).</summary>
    private protected bool PumpEnded => _pump is { IsCompleted: true };

    /// <summary>Throws, on the scheduler's thread, what made the pump fail: the fault then names this component.</summary>
    private protected void ThrowIfPumpFailed()
    {
        if (_failure is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Called by the component at the start of a step: wakes asked for from now on are not lost.</summary>
    private protected void AcceptWakes() => Volatile.Write(ref _wakePending, 0);

    /// <summary>Wakes the component from the pump's side; one wake per step is enough, so most calls cost one exchange.</summary>
    private protected void Wake()
    {
        if (Interlocked.Exchange(ref _wakePending, 1) == 0)
        {
            Unpause();
        }
    }

    /// <summary>Sends the connection reports that arrived since the last step on "status".</summary>
    private protected void SendStatusReports()
    {
        while (_reports.TryDequeue(out var report))
        {
            Status.Send(report);
        }
    }

    /// <summary>Completes when the connection is open; a disconnection replaces it with a new wait.</summary>
    private protected Task WhenConnectedAsync()
    {
        lock (_sessionLock)
        {
            return _connected.Task;
        }
    }

    /// <summary>Cancelled when the current connection is lost: work tied to one connection stops with it.</summary>
    private protected CancellationToken SessionToken
    {
        get
        {
            lock (_sessionLock)
            {
                return _session.Token;
            }
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        _closing.Cancel();
        var connection = _connection;
        var pump = _pump;
        if (connection is not null)
        {
            // Closing the connection waits on the network, so it happens off the scheduler's thread.
            _ = Task.Run(async () =>
            {
                if (pump is not null)
                {
                    await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                await connection.DisposeAsync().ConfigureAwait(false);
            });
        }
    }

    private ValueTask OnOpenedAsync(object? sender, NatsEventArgs args)
    {
        lock (_sessionLock)
        {
            if (_everConnected)
            {
                var downtime = Stopwatch.GetElapsedTime(_disconnectedAt);
                Report(new NatsReconnected(Name, Options.Url, downtime));
            }

            _everConnected = true;
            _connected.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }

    private ValueTask OnDisconnectedAsync(object? sender, NatsEventArgs args)
    {
        CancellationTokenSource lost;
        lock (_sessionLock)
        {
            _disconnectedAt = Stopwatch.GetTimestamp();
            if (_connected.Task.IsCompleted)
            {
                _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            lost = _session;
            _session = new();
        }

        lost.Cancel();
        Report(new NatsDisconnected(Name, Options.Url, args.Message));
        return ValueTask.CompletedTask;
    }

    private ValueTask OnMessageDroppedAsync(object? sender, NatsMessageDroppedEventArgs args)
    {
        Report(new NatsMessagesLost(Name, Options.Url, $"the client dropped a message on '{args.Subject}': its queue of {args.Pending} was full"));
        return ValueTask.CompletedTask;
    }

    private ValueTask OnSlowConsumerAsync(object? sender, NatsSlowConsumerEventArgs args)
    {
        Report(new NatsMessagesLost(Name, Options.Url, "the client reported a slow consumer"));
        return ValueTask.CompletedTask;
    }

    private void Report(NatsLinkStatus report)
    {
        _reports.Enqueue(report);
        Wake();
    }
}
