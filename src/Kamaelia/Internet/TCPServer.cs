using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A listening TCP socket as a component (Kamaelia's TCPServer). It binds and listens when constructed, so
/// <see cref="Port"/> is known at once (useful with port 0), and accepts asynchronously once activated. Each
/// connection becomes a <see cref="ConnectedSocketAdapter"/>, made but not activated, announced with a
/// <see cref="NewConnection"/> on "protocolHandlerSignal"; when the adapter's socket closes, a
/// <see cref="ConnectionClosed"/> follows. Beyond <see cref="ServerOptions.MaxConnections"/> a connection is reset
/// at once and reported as a <see cref="ConnectionRefused"/>.
/// <para>
/// A shutdown signal on "control" stops listening and closes every connection; once each activated adapter has
/// reported its close, the signal is forwarded on "signal" and the server ends. <see cref="Dispose"/> does the same
/// from any thread without waiting for the scheduler, and also releases adapters nobody activated.
/// </para>
/// </summary>
[Inbox("control", "ShutdownMicroprocess or ProducerFinished: stop listening, close every connection, forward, end")]
[Inbox<ConnectionClosed>("_feedback", "Each adapter's report that its connection has closed")]
[Outbox<ConnectionEvent>("protocolHandlerSignal", "NewConnection, ConnectionClosed and ConnectionRefused reports")]
[Outbox("signal", "The shutdown signal, once every connection has closed")]
public sealed partial class TCPServer : Component, IDisposable
{
    private readonly ServerOptions _options;
    private readonly Socket _listener;
    private readonly SocketLedger _ledger = new();
    private readonly ConcurrentQueue<Socket> _accepted = new();
    private readonly ConcurrentDictionary<ConnectedSocketAdapter, byte> _open = new();
    private readonly CancellationTokenSource _cancellation = new();
    private int _listenerClosed;
    private long _acceptedCount;
    private long _refusedCount;
    private volatile Exception? _acceptFailure;

    /// <summary>Binds and listens, with the defaults of <see cref="ServerOptions"/> when none are given.</summary>
    /// <exception cref="IOException">The address and port cannot be bound (in use, not local, not permitted).</exception>
    public TCPServer(ServerOptions? options = null)
    {
        _options = options ?? new ServerOptions();
        _options.Validate();
        _listener = new Socket(_options.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(new IPEndPoint(_options.Address, _options.Port));
            _listener.Listen(_options.Backlog);
        }
        catch (SocketException exception)
        {
            _listener.Dispose();
            throw new IOException($"{Name} cannot listen on {_options.Address}:{_options.Port}: {exception.Message}", exception);
        }

        _ledger.SocketOpened();
        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    /// <summary>The address and port the server listens on.</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The port the server listens on: the one the system chose when the options asked for port 0.</summary>
    public int Port => LocalEndPoint.Port;

    /// <summary>The options the server was made with.</summary>
    public ServerOptions Options => _options;

    /// <summary>How many connections are open (announced and not yet reported closed).</summary>
    public int OpenConnections => _open.Count;

    /// <summary>How many connections have been accepted and announced.</summary>
    public long AcceptedConnections => Interlocked.Read(ref _acceptedCount);

    /// <summary>How many connections have been refused.</summary>
    public long RefusedConnections => Interlocked.Read(ref _refusedCount);

    /// <summary>How many sockets (the listener and every connection) are open.</summary>
    public int OpenSockets => _ledger.OpenSockets;

    /// <summary>How many asynchronous socket operations (accepting, reading, writing) are running.</summary>
    public int RunningOperations => _ledger.RunningOperations;

    /// <summary>
    /// Closes the listener and every connection at once and stops the server and the adapters it made. Safe from
    /// any thread, and idempotent.
    /// </summary>
    public void Dispose()
    {
        ReleaseEverything();
        Stop();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _ledger.OperationStarted();
        _ = AcceptAsync(_cancellation.Token);
        while (true)
        {
            while (_Feedback.TryRecv(out var closed))
            {
                Retire(closed.Adapter, closed);
            }

            RetireAdaptersThatEndedUnreported();
            // Either shutdown signal closes every connection at once: a server has no queue of its own to finish.
            if (RequestedShutdown == ShutdownRequest.None && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
            {
                BeginStopping();
            }

            if (RequestedShutdown == ShutdownRequest.None)
            {
                if (_acceptFailure is { } failure)
                {
                    throw new IOException($"{Name} stopped accepting connections on {LocalEndPoint}: {failure.Message}", failure);
                }

                AcceptWaiting();
            }
            else
            {
                RefuseWaiting("the server is shutting down");
                if (_open.IsEmpty)
                {
                    break;
                }
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => ReleaseEverything();

    private bool IsListenerClosed => Volatile.Read(ref _listenerClosed) != 0;

    private void BeginStopping()
    {
        CloseListener();
        foreach (var adapter in _open.Keys)
        {
            adapter.Abort();
            if (adapter.Scheduler is null)
            {
                // Never activated, so it will never report: report for it.
                Retire(adapter, new ConnectionClosed(adapter, new ConnectionShutdown(adapter.Name, adapter.Connection, ConnectionShutdownReason.Closed)));
            }
        }
    }

    private void AcceptWaiting()
    {
        while (_accepted.TryDequeue(out var socket))
        {
            var connection = ConnectionInfo.Of(socket);
            if (_open.Count >= _options.MaxConnections)
            {
                Refuse(socket, connection, $"{_open.Count} connections are open, the most allowed (ServerOptions.MaxConnections)");
                continue;
            }

            var adapter = new ConnectedSocketAdapter(socket, _options.Connection, _ledger);
            _open[adapter] = 0;
            Interlocked.Increment(ref _acceptedCount);

            // Adopted so that its end wakes the server even if it ends without reporting (stopped, or faulted).
            AddChildren(adapter);
            Link(adapter.Closed, _Feedback);
            ProtocolHandlerSignal.Send(new NewConnection(adapter, connection));
        }
    }

    private void RefuseWaiting(string reason)
    {
        while (_accepted.TryDequeue(out var socket))
        {
            Refuse(socket, ConnectionInfo.Of(socket), reason);
        }
    }

    private void Refuse(Socket socket, ConnectionInfo connection, string reason)
    {
        CloseAbortively(socket);
        Interlocked.Increment(ref _refusedCount);
        ProtocolHandlerSignal.Send(new ConnectionRefused(connection, $"{Name} on {LocalEndPoint} refused the connection ({connection}): {reason}."));
    }

    private void RetireAdaptersThatEndedUnreported()
    {
        foreach (var adapter in _open.Keys)
        {
            // An adapter that ended normally has already delivered its report into "_feedback", read above.
            if (adapter.IsStopped)
            {
                Retire(adapter, new ConnectionClosed(adapter, adapter.Shutdown ?? new ConnectionShutdown(adapter.Name, adapter.Connection, ConnectionShutdownReason.Closed)));
            }
        }
    }

    private void Retire(ConnectedSocketAdapter adapter, ConnectionClosed report)
    {
        if (_open.TryRemove(adapter, out _))
        {
            RemoveChild(adapter);
            ProtocolHandlerSignal.Send(report);
        }
    }

    private async Task AcceptAsync(CancellationToken cancellation)
    {
        try
        {
            while (!IsListenerClosed)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptAsync(cancellation).ConfigureAwait(false);
                }
                catch (SocketException exception) when (!IsListenerClosed && exception.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
                {
                    // The peer gave up while waiting to be accepted.
                    continue;
                }

                _ledger.SocketOpened();
                _accepted.Enqueue(socket);
                if (IsListenerClosed)
                {
                    // Closing raced with this accept: nobody else will take the socket.
                    CloseWaitingSockets();
                    return;
                }

                Unpause();
            }
        }
        catch (Exception) when (IsListenerClosed)
        {
            // Closing the listener is how accepting stops.
        }
        catch (Exception exception)
        {
            _acceptFailure = exception;
            Unpause();
        }
        finally
        {
            _ledger.OperationFinished();
        }
    }

    private void ReleaseEverything()
    {
        CloseListener();
        CloseWaitingSockets();
        foreach (var adapter in _open.Keys)
        {
            adapter.Abort();
            adapter.Stop();
        }
    }

    private void CloseListener()
    {
        if (Interlocked.Exchange(ref _listenerClosed, 1) != 0)
        {
            return;
        }

        _cancellation.Cancel();
        _listener.Dispose();
        _ledger.SocketClosed();
    }

    private void CloseWaitingSockets()
    {
        while (_accepted.TryDequeue(out var socket))
        {
            CloseAbortively(socket);
        }
    }

    private void CloseAbortively(Socket socket)
    {
        try
        {
            // A reset, so that a refused peer learns at once that it was refused.
            socket.Close(0);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _ledger.SocketClosed();
        }
    }
}
