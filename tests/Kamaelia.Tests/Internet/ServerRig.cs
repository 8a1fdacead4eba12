using System.Collections.Concurrent;
using Kamaelia.Internet;

namespace Kamaelia.Tests.Internet;

/// <summary>
/// A server on an ephemeral loopback port, run by a background scheduler through a Handle that collects the
/// server's reports. Disposing it disposes the server and the scheduler.
/// </summary>
internal sealed class ServerRig : IDisposable
{
    private readonly Background _background;
    private readonly ConcurrentBag<EchoHandler> _echoHandlers;

    private ServerRig(ServerCore server, ConcurrentBag<EchoHandler>? echoHandlers = null)
    {
        Server = server;
        _echoHandlers = echoHandlers ?? [];
        _background = new Background().Start();
        Handle = _background.Activate(new Handle(server));
    }

    public ServerCore Server { get; }

    public Handle Handle { get; }

    public Scheduler Scheduler => _background.Scheduler;

    public int Port => Server.Port;

    /// <summary>The echo handlers made so far (for <see cref="Echo"/>).</summary>
    public IReadOnlyCollection<EchoHandler> EchoHandlers => [.. _echoHandlers];

    public static ServerOptions Options(int maxConnections = 1024, ConnectionOptions? connection = null) => new()
    {
        Port = 0,
        MaxConnections = maxConnections,
        Connection = connection ?? ConnectionOptions.Default,
    };

    public static ServerRig Echo(ServerOptions? options = null)
    {
        var handlers = new ConcurrentBag<EchoHandler>();
        var server = new SimpleServer(() =>
        {
            var handler = new EchoHandler();
            handlers.Add(handler);
            return handler;
        }, options ?? Options());
        return new ServerRig(server, handlers);
    }

    public static ServerRig Serving(Func<ConnectionInfo, Component> protocol, ServerOptions? options = null) =>
        new(new ServerCore(protocol, options ?? Options()));

    /// <summary>The next report of the given kind, skipping others.</summary>
    public T Next<T>()
        where T : ConnectionEvent
    {
        var deadline = DateTime.UtcNow + Peer.Bound;
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                Assert.Fail($"No {typeof(T).Name} report within {Peer.Bound}.");
            }

            if (Handle.Get("outbox", remaining) is T report)
            {
                return report;
            }
        }
    }

    /// <summary>Stops the server with a shutdown signal and returns what it forwarded on "signal".</summary>
    public object? ShutDown(ShutdownSignal signal)
    {
        Handle.Put(signal, "control");
        return Handle.Get("signal", Peer.Bound);
    }

    /// <summary>Every socket, operation and component of the server is gone, as the server and the system see it.</summary>
    public void AssertNothingLeaked()
    {
        Eventually.True(() => Server.OpenSockets == 0, $"the server's sockets are closed (open: {Server.OpenSockets})");
        Eventually.True(() => Server.RunningOperations == 0, $"the server's socket operations have finished (running: {Server.RunningOperations})");
        Eventually.True(() => Scheduler.ComponentCount == 0, "no component is left on the scheduler");
        Eventually.True(() => Eventually.NoServerSocketsOnPort(Port), $"the system shows no server socket on port {Port}");
        Assert.Null(_background.Fault);
        Assert.Empty(Scheduler.Faults);
    }

    public void Dispose()
    {
        Server.Dispose();
        _background.Dispose();
    }
}
