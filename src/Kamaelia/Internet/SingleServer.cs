using System.Net;
using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A server for exactly one connection (Kamaelia's SingleServer). It binds and listens when constructed (so
/// <see cref="Port"/> is known at once), accepts one client once activated and then stops listening. Chunks of
/// bytes on "inbox" go to the client (they wait in "inbox" until it connects); chunks from the client leave on
/// "outbox". When the client disconnects (or the connection fails) it sends a <see cref="ProducerFinished"/>
/// carrying a <see cref="ConnectionShutdown"/> on "signal" and ends.
/// <para>
/// "control": ProducerFinished sends what is queued, then closes; ShutdownMicroprocess closes at once (or stops
/// waiting for a client) and is forwarded on "signal". <see cref="Dispose"/> closes everything from any thread.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of bytes to send to the client, in order")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Inbox<ConnectionClosed>("_closed", "The adapter's report that the connection has closed")]
[Outbox<byte[]>("outbox", "Chunks of bytes received from the client")]
[Outbox("signal", "ProducerFinished carrying a ConnectionShutdown when the client has gone (or the ShutdownMicroprocess that ended it)")]
public sealed partial class SingleServer : Component, IDisposable
{
    private readonly ConnectionOptions _options;
    private readonly Socket _listener;
    private readonly SocketLedger _ledger = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PendingSocket _pending;
    private int _listenerClosed;
    private volatile ConnectedSocketAdapter? _adapter;
    private volatile ConnectionShutdown? _shutdown;

    /// <summary>Binds and listens (only <see cref="ServerOptions.Address"/>, <see cref="ServerOptions.Port"/> and <see cref="ServerOptions.Connection"/> apply).</summary>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public SingleServer(ServerOptions? options = null)
    {
        _pending = new PendingSocket(_ledger);
        var settings = options ?? new ServerOptions();
        settings.Validate();
        _options = settings.Connection;
        _listener = new Socket(settings.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(new IPEndPoint(settings.Address, settings.Port));
            _listener.Listen(1);
        }
        catch (SocketException exception)
        {
            _listener.Dispose();
            throw new IOException($"{Name} cannot listen on {settings.Address}:{settings.Port}: {exception.Message}", exception);
        }

        _ledger.SocketOpened();
        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    /// <summary>The address and port it listens on.</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The port it listens on: the one the system chose when the options asked for port 0.</summary>
    public int Port => LocalEndPoint.Port;

    /// <summary>The connection's two ends, once a client has connected.</summary>
    public ConnectionInfo? Connection => _adapter?.Connection;

    /// <summary>Why the connection ended, once it has.</summary>
    public ConnectionShutdown? Shutdown => _shutdown;

    /// <summary>How many sockets it holds open (the listener, then the connection).</summary>
    public int OpenSockets => _ledger.OpenSockets;

    /// <summary>How many asynchronous socket operations are running.</summary>
    public int RunningOperations => _ledger.RunningOperations;

    /// <summary>Closes the listener and the connection at once and stops the server. Safe from any thread.</summary>
    public void Dispose()
    {
        Release();
        Stop();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _ledger.OperationStarted();
        _ = AcceptOneAsync(_cancellation.Token);
        while (!_pending.IsFinished)
        {
            // Only a stop-now is taken before the client exists; anything else waits in "control" for the adapter.
            if (PeekShutdownMicroprocess(Control) is { } stop)
            {
                CloseListener();
                _shutdown = new ConnectionShutdown(Name, null, ConnectionShutdownReason.Closed);
                while (!TryForwardShutdownSignal(Signal, stop))
                {
                    Pause();
                    yield return null;
                }

                yield break;
            }

            Pause();
            yield return null;
        }

        var socket = _pending.Take(out var failure);

        if (socket is null)
        {
            _shutdown = new ConnectionShutdown(Name, null, ConnectionShutdownReason.Error,
                new IOException($"{Name} stopped waiting for a client on {LocalEndPoint}: {failure?.Message}", failure));
            Signal.Send(new ProducerFinished(this, _shutdown));
            yield break;
        }

        var adapter = new ConnectedSocketAdapter(socket, _options, _ledger) { CloseWhenPeerFinishes = true };
        _adapter = adapter;
        Link(Inbox, adapter.Inbox);
        Link(Control, adapter.Control);
        Link(adapter.Outbox, Outbox);
        Link(adapter.Signal, Signal);
        Link(adapter.Closed, _Closed);
        AddChildren(adapter);
        yield return new NewComponent(adapter);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }

        while (_Closed.TryRecv(out _))
        {
            // The adapter's own report; its Shutdown says the same.
        }

        _shutdown = adapter.Shutdown;
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => Release();

    private async Task AcceptOneAsync(CancellationToken cancellation)
    {
        Socket? socket = null;
        Exception? failure = null;
        try
        {
            socket = await _listener.AcceptAsync(cancellation).ConfigureAwait(false);
            _ledger.SocketOpened();
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            // One client only: later ones are refused by the system.
            CloseListener();
            _ledger.OperationFinished();
        }

        _pending.Complete(socket, failure, "The server was stopped while accepting.");
        Unpause();
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

    private void Release()
    {
        _pending.Release();
        CloseListener();
        if (_adapter is { } adapter)
        {
            adapter.Abort();
            adapter.Stop();
        }
    }
}
