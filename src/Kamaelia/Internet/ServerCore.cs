using System.Collections.Concurrent;
using System.Net;
using Axon;
using Kamaelia.Chassis;

namespace Kamaelia.Internet;

/// <summary>
/// A TCP server that runs one protocol handler per connection (Kamaelia's ServerCore). For each connection its
/// <see cref="TCPServer"/> accepts, the protocol factory makes a handler (a component with inbox, control, outbox
/// and signal) from the <see cref="ConnectionInfo"/>, and ServerCore links it to the connection's
/// <see cref="ConnectedSocketAdapter"/>: adapter.outbox → handler.inbox (bytes from the peer, as <c>byte[]</c>),
/// handler.outbox → adapter.inbox (bytes to the peer), adapter.signal → handler.control and handler.signal →
/// adapter.control, then adopts and activates both.
/// <para>
/// When the peer closes (or resets) the connection, the handler receives, after the data, a
/// <see cref="ProducerFinished"/> carrying a <see cref="ConnectionShutdown"/> (Kamaelia's <c>socketShutdown</c>):
/// a handler that forwards it on "signal", as every library component and every generated handler loop does,
/// makes the adapter send what is queued and close. A handler that ends closes its connection the same way.
/// A handler with an outbox named "serversignal" has it linked to the server's "control": sending a shutdown
/// signal there stops the whole server.
/// </para>
/// <para>
/// Shutdown: ProducerFinished or ShutdownMicroprocess on "control" stops listening and closes every connection at
/// once (each handler is sent ShutdownMicroprocess, each socket is closed without waiting for queued data); when
/// every handler, adapter and the listener have ended, the signal is forwarded on "signal" and ServerCore ends.
/// <see cref="Dispose"/> closes every socket and stops every component from any thread, even when the scheduler
/// no longer runs.
/// </para>
/// <para>
/// Reports: every <see cref="NewConnection"/>, <see cref="ConnectionClosed"/> and <see cref="ConnectionRefused"/>
/// is sent on "outbox" while something is linked to it (Kamaelia left this box unused); none is queued for an
/// outbox nobody listens to.
/// </para>
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "ShutdownMicroprocess or ProducerFinished: close every connection, stop listening, forward, end")]
[Inbox<ConnectionEvent>("_socketActivity", "Reports from the TCPServer")]
[Outbox<ConnectionEvent>("outbox", "NewConnection, ConnectionClosed and ConnectionRefused reports, while something is linked")]
[Outbox("signal", "The shutdown signal, once every connection has closed")]
[Outbox("_serverControl", "Shutdown for the TCPServer")]
[DynamicBoxes]
public partial class ServerCore : Component, IDisposable
{
    private readonly Func<ConnectionInfo, Component> _protocol;
    private readonly ServerOptions _options;
    private readonly TCPServer _server;
    private readonly Dictionary<ConnectedSocketAdapter, Connection> _connections = [];
    private readonly ConcurrentDictionary<Component, byte> _handlers = new();
    private readonly Queue<ConnectionEvent> _reports = new();

    /// <summary>Binds and listens at once (see <see cref="TCPServer"/>); serves connections once activated.</summary>
    /// <param name="protocol">Makes the protocol handler for a connection, given both of its ends.</param>
    /// <param name="options">Where to listen and the limits; the defaults of <see cref="ServerOptions"/> when null.</param>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public ServerCore(Func<ConnectionInfo, Component> protocol, ServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        _options = options ?? new ServerOptions();
        _server = new TCPServer(_options);
    }

    /// <summary>The listening component.</summary>
    public TCPServer Server => _server;

    /// <summary>The address and port the server listens on.</summary>
    public IPEndPoint LocalEndPoint => _server.LocalEndPoint;

    /// <summary>The port the server listens on: the one the system chose when the options asked for port 0.</summary>
    public int Port => _server.Port;

    /// <summary>How many connections are open.</summary>
    public int OpenConnections => _server.OpenConnections;

    /// <summary>How many connections have been accepted.</summary>
    public long AcceptedConnections => _server.AcceptedConnections;

    /// <summary>How many connections have been refused (see <see cref="ServerOptions.MaxConnections"/>).</summary>
    public long RefusedConnections => _server.RefusedConnections;

    /// <summary>How many sockets (the listener and every connection) are open.</summary>
    public int OpenSockets => _server.OpenSockets;

    /// <summary>How many asynchronous socket operations are running.</summary>
    public int RunningOperations => _server.RunningOperations;

    /// <summary>
    /// Closes the listener and every connection at once and stops every component of the server. Safe from any
    /// thread, and idempotent.
    /// </summary>
    public void Dispose()
    {
        ReleaseEverything();
        Stop();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        AddChildren(_server);
        Link(_server.ProtocolHandlerSignal, _SocketActivity);
        Link(_ServerControl, _server.Control);
        yield return new NewComponent(_server);

        while (true)
        {
            while (_SocketActivity.TryRecv(out var report))
            {
                Handle(report);
            }

            // Either shutdown signal closes every connection at once: a server has no queue of its own to finish.
            if (RequestedShutdown == ShutdownRequest.None && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
            {
                BeginStopping();
            }

            if (RequestedShutdown == ShutdownRequest.None && _server.IsStopped)
            {
                // The listener ended by itself (it failed, or was stopped): the server cannot go on.
                RememberShutdown(new ShutdownMicroprocess());
                BeginStopping();
            }

            RetireEndedHandlers();
            FlushReports();
            if (RequestedShutdown != ShutdownRequest.None && ChildrenDone())
            {
                break;
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

    private void ReleaseEverything()
    {
        _server.Dispose();
        foreach (var handler in _handlers.Keys)
        {
            handler.Stop();
        }
    }

    private void BeginStopping()
    {
        foreach (var connection in _connections.Values)
        {
            if (!connection.HandlerEnded)
            {
                connection.ToHandler.Send(new ShutdownMicroprocess());
            }

            if (!connection.AdapterClosed)
            {
                connection.ToAdapter.Send(new ShutdownMicroprocess());
            }
        }

        if (!_server.IsStopped)
        {
            _ServerControl.Send(new ShutdownMicroprocess());
        }
    }

    private void Handle(ConnectionEvent report)
    {
        switch (report)
        {
            case NewConnection opened when RequestedShutdown != ShutdownRequest.None:
                opened.Adapter.Abort();
                break;
            case NewConnection opened:
                Serve(opened);
                break;
            case ConnectionClosed closed when _connections.TryGetValue(closed.Adapter, out var connection):
                connection.AdapterClosed = true;
                RetireIfDone(connection);
                break;
        }

        if (Outbox.Target is not null)
        {
            _reports.Enqueue(report);
        }
    }

    private void Serve(NewConnection opened)
    {
        var adapter = opened.Adapter;
        Component handler;
        try
        {
            handler = _protocol(opened.Connection) ?? throw new InvalidOperationException("The protocol factory returned null.");
            StandardBoxes.Require(handler, nameof(ServerCore), "inbox", "control", "outbox", "signal");
        }
        catch (Exception exception)
        {
            adapter.Abort();
            throw new InvalidOperationException($"{Name} could not make a protocol handler for the connection ({opened.Connection}): {exception.Message}", exception);
        }

        BoundInbox(handler);
        var toHandler = AddOutbox<object>("_toHandler", "Shutdown for a protocol handler");
        var toAdapter = AddOutbox<object>("_toAdapter", "Shutdown for a connection's adapter");
        Link((adapter, "outbox"), (handler, "inbox"));
        Link((handler, "outbox"), (adapter, "inbox"));
        Link((adapter, "signal"), (handler, "control"));
        Link((handler, "signal"), (adapter, "control"));
        Link((this, toHandler.Name), (handler, "control"));
        Link(toAdapter, adapter.Control);
        if (handler.Outboxes.ContainsKey("serversignal"))
        {
            Link((handler, "serversignal"), (this, "control"));
        }

        _connections[adapter] = new Connection(adapter, handler, toHandler, toAdapter);
        _handlers[handler] = 0;
        AddChildren(adapter, handler);
        adapter.Activate(Scheduler);
        handler.Activate(Scheduler);
    }

    private void BoundInbox(Component handler)
    {
        if (_options.HandlerInboxLimit is not { } limit)
        {
            return;
        }

        switch (handler.GetInbox("inbox"))
        {
            case Inbox<byte[]> { SizeLimit: null } bytes:
                bytes.SizeLimit = limit;
                break;
            case Inbox<object> { SizeLimit: null } untyped:
                untyped.SizeLimit = limit;
                break;
        }
    }

    private void RetireEndedHandlers()
    {
        foreach (var connection in _connections.Values.ToArray())
        {
            if (!connection.HandlerEnded && connection.Handler.IsStopped)
            {
                connection.HandlerEnded = true;
                if (!connection.AdapterClosed)
                {
                    // Whatever way the handler ended, its connection sends what is queued and closes.
                    connection.ToAdapter.Send(new ProducerFinished(this));
                }

                RetireIfDone(connection);
            }
        }
    }

    private void RetireIfDone(Connection connection)
    {
        if (!connection.AdapterClosed || !connection.HandlerEnded)
        {
            return;
        }

        _connections.Remove(connection.Adapter);
        _handlers.TryRemove(connection.Handler, out _);
        RemoveChild(connection.Adapter);
        RemoveChild(connection.Handler);
        DeleteOutbox(connection.ToHandler.Name);
        DeleteOutbox(connection.ToAdapter.Name);
    }

    private void FlushReports()
    {
        while (_reports.TryPeek(out var report) && Outbox.TrySend(report))
        {
            _reports.Dequeue();
        }
    }

    /// <summary>One served connection and how far its two components have got.</summary>
    private sealed class Connection(ConnectedSocketAdapter adapter, Component handler, Outbox<object> toHandler, Outbox<object> toAdapter)
    {
        public ConnectedSocketAdapter Adapter { get; } = adapter;

        public Component Handler { get; } = handler;

        public Outbox<object> ToHandler { get; } = toHandler;

        public Outbox<object> ToAdapter { get; } = toAdapter;

        public bool AdapterClosed { get; set; }

        public bool HandlerEnded { get; set; }
    }
}
