using System.Net.Sockets;
using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A TCP connection to host:port as a component (Kamaelia's TCPClient). It connects asynchronously once
/// activated; chunks of bytes on "inbox" go to the server (they wait in "inbox" until the connection is made),
/// chunks from the server leave on "outbox". When the connection ends (the server closed it, it failed, or it
/// could not be made) it sends a <see cref="ProducerFinished"/> carrying a <see cref="ConnectionShutdown"/> on
/// "signal" and ends; when the server closes, what was queued for it is sent first.
/// <para>
/// "control": ProducerFinished sends what is queued, then closes; ShutdownMicroprocess closes at once (cancelling a
/// connect in progress) and is forwarded on "signal". <see cref="Dispose"/> closes the socket from any thread.
/// </para>
/// </summary>
[Inbox<byte[]>("inbox", "Chunks of bytes to send to the server, in order")]
[Inbox("control", "ProducerFinished: send what is queued, then close; ShutdownMicroprocess: close at once")]
[Inbox<ConnectionClosed>("_closed", "The adapter's report that the connection has closed")]
[Outbox<byte[]>("outbox", "Chunks of bytes received from the server")]
[Outbox("signal", "ProducerFinished carrying a ConnectionShutdown when the connection has ended (or the ShutdownMicroprocess that ended it)")]
public sealed partial class TCPClient : Component, IDisposable
{
    private readonly string _host;
    private readonly int _port;
    private readonly ConnectionOptions _options;
    private readonly SocketLedger _ledger = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PendingSocket _pending;
    private volatile ConnectedSocketAdapter? _adapter;
    private volatile ConnectionShutdown? _shutdown;

    /// <summary>Creates the client; it connects once activated.</summary>
    /// <param name="host">A host name or an address.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="options">The limits of the connection; <see cref="ConnectionOptions.Default"/> when null.</param>
    public TCPClient(string host, int port, ConnectionOptions? options = null)
    {
        _pending = new PendingSocket(_ledger);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        _host = host;
        _port = port;
        _options = options ?? ConnectionOptions.Default;
        _options.Validate();
    }

    /// <summary>
    /// How long connecting may take before it fails (Kamaelia's 60 seconds unless set), timed with the scheduler's
    /// <see cref="Scheduler.TimeProvider"/>.
    /// </summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The connection's two ends, once it is made.</summary>
    public ConnectionInfo? Connection => _adapter?.Connection;

    /// <summary>Why the connection ended, once it has.</summary>
    public ConnectionShutdown? Shutdown => _shutdown;

    /// <summary>How many sockets the client holds open (0 or 1).</summary>
    public int OpenSockets => _ledger.OpenSockets;

    /// <summary>How many asynchronous socket operations are running.</summary>
    public int RunningOperations => _ledger.RunningOperations;

    /// <summary>Closes the socket (or cancels the connect) at once and stops the client. Safe from any thread.</summary>
    public void Dispose()
    {
        Release();
        Stop();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _ledger.OperationStarted();
        _ = ConnectAsync(Scheduler?.TimeProvider ?? TimeProvider.System, _cancellation.Token);
        while (!_pending.IsFinished)
        {
            // Only a stop-now is taken before the connection exists; anything else waits in "control" for the adapter.
            if (PeekShutdownMicroprocess(Control) is { } stop)
            {
                _cancellation.Cancel();
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
                new IOException($"{Name} could not connect to {_host}:{_port}: {failure?.Message}", failure));
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

    private async Task ConnectAsync(TimeProvider time, CancellationToken cancellation)
    {
        var socket = Socket.OSSupportsIPv6
            ? new Socket(SocketType.Stream, ProtocolType.Tcp)
            : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _ledger.SocketOpened();
        Exception? failure = null;
        try
        {
            using var deadline = new CancellationTokenSource(ConnectTimeout, time);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation, deadline.Token);
            try
            {
                await socket.ConnectAsync(_host, _port, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                failure = new TimeoutException($"No connection within {ConnectTimeout}.");
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }
        finally
        {
            _ledger.OperationFinished();
        }

        _pending.Complete(socket, failure, "The client was stopped while connecting.");
        Unpause();
    }

    private void Release()
    {
        _pending.Release();
        _cancellation.Cancel();
        if (_adapter is { } adapter)
        {
            adapter.Abort();
            adapter.Stop();
        }
    }
}
