using System.Net;
using System.Net.Sockets;
using Kamaelia.Internet;

namespace Kamaelia.Tests.Internet;

public sealed class ServerCoreTests
{
    [Fact]
    public async Task AHundredConcurrentClientsEachGetTheirOwnBytesBack()
    {
        using var rig = ServerRig.Echo();

        var clients = Enumerable.Range(0, 100).Select(async index =>
        {
            using var client = await Peer.ConnectAsync(rig.Port);
            var payload = Peer.Payload(10_000 + (index * 397), seed: index);
            var reading = Peer.ReadExactlyAsync(client, payload.Length);
            await client.GetStream().WriteAsync(payload);
            Assert.Equal(payload, await reading);
        });
        await Task.WhenAll(clients);

        Assert.Equal(100, rig.Server.AcceptedConnections);
        Eventually.True(() => rig.Server.OpenConnections == 0, "every connection has closed after its client went");
        Assert.IsType<ShutdownMicroprocess>(rig.ShutDown(new ShutdownMicroprocess()));
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task APeerThatHalfClosesGetsEverythingBackThenTheEndOfTheStream()
    {
        using var rig = ServerRig.Echo();
        using var client = await Peer.ConnectAsync(rig.Port);
        var payload = Peer.Payload(300_000, seed: 1);

        var stream = client.GetStream();
        await stream.WriteAsync(payload);
        client.Client.Shutdown(SocketShutdown.Send);

        Assert.Equal(payload, await Peer.ReadToEndAsync(stream));
        var closed = rig.Next<ConnectionClosed>();
        Assert.Equal(ConnectionShutdownReason.Closed, closed.Shutdown.Reason);
        var handler = Assert.Single(rig.EchoHandlers);
        var shutdown = ConnectionShutdown.From(Assert.Single(handler.Controls));
        Assert.Equal(ConnectionShutdownReason.PeerClosed, shutdown?.Reason);
        rig.ShutDown(new ProducerFinished());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task AGeneratedHandlerLoopClosesTheConnectionWhenThePeerFinishes()
    {
        using var rig = ServerRig.Serving(_ => new Shouter());
        using var client = await Peer.ConnectAsync(rig.Port);
        var stream = client.GetStream();

        await stream.WriteAsync("quiet, please"u8.ToArray());
        client.Client.Shutdown(SocketShutdown.Send);

        Assert.Equal("QUIET, PLEASE"u8.ToArray(), await Peer.ReadToEndAsync(stream));
        Assert.Equal(ConnectionShutdownReason.Closed, rig.Next<ConnectionClosed>().Shutdown.Reason);
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task APeerThatDisconnectsMidMessageEndsOnlyItsOwnConnection()
    {
        using var rig = ServerRig.Echo();
        using (var leaving = await Peer.ConnectAsync(rig.Port))
        {
            await leaving.GetStream().WriteAsync(Peer.Payload(5_000, seed: 2).AsMemory(0, 1_234));
        }

        var closed = rig.Next<ConnectionClosed>();
        Assert.Contains(closed.Shutdown.Reason, new[] { ConnectionShutdownReason.Closed, ConnectionShutdownReason.Reset });
        Eventually.True(() => rig.Server.OpenConnections == 0, "the abandoned connection is closed");

        using var staying = await Peer.ConnectAsync(rig.Port);
        var payload = Peer.Payload(2_000, seed: 3);
        await staying.GetStream().WriteAsync(payload);
        Assert.Equal(payload, await Peer.ReadExactlyAsync(staying, payload.Length));
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task AResetIsReportedNamingTheAdapterAndTheConnection()
    {
        using var rig = ServerRig.Echo();
        var client = await Peer.ConnectAsync(rig.Port);
        var opened = rig.Next<NewConnection>();
        await client.GetStream().WriteAsync(new byte[] { 1, 2, 3 });
        await Peer.ReadExactlyAsync(client, 3);

        // Closing the socket itself with a zero linger resets the connection (disposing the TcpClient would
        // first shut the stream down cleanly).
        client.Client.Close(0);
        client.Dispose();

        var closed = rig.Next<ConnectionClosed>();
        Assert.Same(opened.Adapter, closed.Adapter);
        Assert.Equal(ConnectionShutdownReason.Reset, closed.Shutdown.Reason);
        var error = Assert.IsType<IOException>(closed.Shutdown.Error);
        Assert.Contains(opened.Adapter.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(opened.Connection.ToString(), error.Message, StringComparison.Ordinal);
        var handler = Assert.Single(rig.EchoHandlers);

        // The handler hears of the reset in its own step, which need not come before the report.
        Eventually.True(() => !handler.Controls.IsEmpty, "the handler has received the end of the stream");
        Assert.Equal(ConnectionShutdownReason.Reset, ConnectionShutdown.From(Assert.Single(handler.Controls))?.Reason);
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task AChunkLargerThanTheLimitClosesTheConnectionWithAClearError()
    {
        var handlers = new List<OversizeSender>();
        using var rig = ServerRig.Serving(_ =>
        {
            var handler = new OversizeSender(1_025);
            handlers.Add(handler);
            return handler;
        }, ServerRig.Options(connection: new ConnectionOptions { MaxChunkSize = 1_024 }));
        using var client = await Peer.ConnectAsync(rig.Port);
        var opened = rig.Next<NewConnection>();

        await client.GetStream().WriteAsync(new byte[] { 42 });

        Assert.True(await Peer.IsClosedByOtherEndAsync(client));
        var closed = rig.Next<ConnectionClosed>();
        Assert.Equal(ConnectionShutdownReason.Error, closed.Shutdown.Reason);
        var error = Assert.IsType<MessageTooLargeException>(closed.Shutdown.Error);
        Assert.Equal(1_025, error.Size);
        Assert.Equal(1_024, error.Limit);
        Assert.Contains(opened.Adapter.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains($"peer 127.0.0.1:{((IPEndPoint)client.Client.LocalEndPoint!).Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxChunkSize", error.Message, StringComparison.Ordinal);
        var handler = Assert.Single(handlers);
        Eventually.True(() => !handler.Controls.IsEmpty, "the handler has received the end of the stream");
        Assert.Same(error, ConnectionShutdown.From(Assert.Single(handler.Controls))?.Error);
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task ConnectionsBeyondTheLimitAreRefusedAndReported()
    {
        using var rig = ServerRig.Echo(ServerRig.Options(maxConnections: 2));
        using var first = await Peer.ConnectAsync(rig.Port);
        using var second = await Peer.ConnectAsync(rig.Port);
        rig.Next<NewConnection>();
        rig.Next<NewConnection>();

        using var third = new TcpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var thirdPort = ((IPEndPoint)third.Client.LocalEndPoint!).Port;
        try
        {
            await third.ConnectAsync(IPAddress.Loopback, rig.Port);
            Assert.True(await Peer.IsClosedByOtherEndAsync(third));
        }
        catch (SocketException)
        {
            // The server's reset can overtake the completion of the connect: the client is refused either way.
        }

        var refused = rig.Next<ConnectionRefused>();
        Assert.Equal(thirdPort, refused.Connection.PeerPort);
        Assert.Contains("MaxConnections", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(rig.Server.Server.Name, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RefusedConnections);

        first.Dispose();
        rig.Next<ConnectionClosed>();
        using var fourth = await Peer.ConnectAsync(rig.Port);
        await fourth.GetStream().WriteAsync(new byte[] { 7 });
        Assert.Equal(new byte[] { 7 }, await Peer.ReadExactlyAsync(fourth, 1));
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task ShuttingDownWithConnectionsOpenClosesThemAllAndLeaksNothing()
    {
        using var rig = ServerRig.Echo();
        var clients = new List<TcpClient>();
        for (var index = 0; index < 10; index++)
        {
            var client = await Peer.ConnectAsync(rig.Port);
            clients.Add(client);
            await client.GetStream().WriteAsync(new byte[] { (byte)index });
            Assert.Equal(new[] { (byte)index }, await Peer.ReadExactlyAsync(client, 1));
        }

        var shutdown = new ShutdownMicroprocess();
        Assert.Same(shutdown, rig.ShutDown(shutdown));

        foreach (var client in clients)
        {
            Assert.True(await Peer.IsClosedByOtherEndAsync(client));
            client.Dispose();
        }

        Assert.All(rig.EchoHandlers, handler => Assert.Contains(handler.Controls, control => control is ShutdownMicroprocess));
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task DisposingTheServerClosesEverythingFromAnyThread()
    {
        using var rig = ServerRig.Echo();
        using var client = await Peer.ConnectAsync(rig.Port);
        await client.GetStream().WriteAsync(new byte[] { 1 });
        await Peer.ReadExactlyAsync(client, 1);

        await Task.Run(rig.Server.Dispose);

        Assert.True(await Peer.IsClosedByOtherEndAsync(client));
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task ASlowReaderHoldsTheServerBackWithoutLosingOrFaulting()
    {
        using var rig = ServerRig.Echo();
        using var client = new TcpClient(AddressFamily.InterNetwork) { ReceiveBufferSize = 64 * 1024, SendBufferSize = 64 * 1024 };
        await client.ConnectAsync(IPAddress.Loopback, rig.Port);
        var adapter = rig.Next<NewConnection>().Adapter;
        var payload = Peer.Payload(24 * 1024 * 1024, seed: 4);

        var writing = client.GetStream().WriteAsync(payload).AsTask();
        Eventually.True(() => adapter.IsReceiveHeldBack && !writing.IsCompleted, "the server stops reading while the client does not read");
        Assert.True(adapter.BytesReceived < payload.Length);

        Assert.Equal(payload, await Peer.ReadExactlyAsync(client, payload.Length));
        await writing;
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task AHandlerCanStopTheServerThroughServersignal()
    {
        using var rig = ServerRig.Serving(_ => new ServerStopper());
        using var client = await Peer.ConnectAsync(rig.Port);

        await client.GetStream().WriteAsync(new byte[] { 1 });

        Assert.IsType<ShutdownMicroprocess>(rig.Handle.Get("signal", Peer.Bound));
        Assert.True(await Peer.IsClosedByOtherEndAsync(client));
        rig.AssertNothingLeaked();
    }

    [Fact]
    public async Task TheFactoryIsGivenBothEndsOfTheConnection()
    {
        var seen = new List<ConnectionInfo>();
        using var rig = ServerRig.Serving(connection =>
        {
            seen.Add(connection);
            return new EchoHandler();
        });
        using var client = await Peer.ConnectAsync(rig.Port);
        rig.Next<NewConnection>();

        var connection = Assert.Single(seen);
        Assert.Equal(IPAddress.Loopback, connection.PeerAddress);
        Assert.Equal(((IPEndPoint)client.Client.LocalEndPoint!).Port, connection.PeerPort);
        Assert.Equal(IPAddress.Loopback, connection.LocalAddress);
        Assert.Equal(rig.Port, connection.LocalPort);
        rig.ShutDown(new ShutdownMicroprocess());
        rig.AssertNothingLeaked();
    }

    [Fact]
    public void PortZeroExposesTheChosenPortAndATakenPortIsAClearError()
    {
        using var first = new SimpleServer(() => new EchoHandler(), ServerRig.Options());
        Assert.NotEqual(0, first.Port);
        Assert.Equal(first.Port, first.LocalEndPoint.Port);

        var error = Assert.Throws<IOException>(() => new SimpleServer(() => new EchoHandler(), new ServerOptions { Port = first.Port }));
        Assert.Contains($"127.0.0.1:{first.Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("TCPServer", error.Message, StringComparison.Ordinal);
        Assert.IsType<SocketException>(error.InnerException);
    }
}
