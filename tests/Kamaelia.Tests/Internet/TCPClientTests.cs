using System.Net;
using System.Net.Sockets;
using Kamaelia.Internet;

namespace Kamaelia.Tests.Internet;

public sealed class TCPClientTests
{
    [Fact]
    public async Task ItTalksToAPlainListenerAndSignalsWhenTheServerCloses()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var background = new Background().Start();
        var client = new TCPClient("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        var handle = background.Activate(new Handle(client));

        handle.Put("hello"u8.ToArray());
        using (var accepted = await listener.AcceptTcpClientAsync())
        {
            Assert.Equal("hello"u8.ToArray(), await Peer.ReadExactlyAsync(accepted, 5));
            await accepted.GetStream().WriteAsync("world"u8.ToArray());
        }

        Assert.Equal("world"u8.ToArray(), Assert.IsType<byte[]>(handle.Get("outbox", Peer.Bound)));
        var signal = Assert.IsType<ProducerFinished>(handle.Get("signal", Peer.Bound));
        Assert.Equal(ConnectionShutdownReason.PeerClosed, ConnectionShutdown.From(signal)?.Reason);
        Assert.Equal(ConnectionShutdownReason.PeerClosed, client.Shutdown?.Reason);
        Eventually.True(() => client.OpenSockets == 0 && client.RunningOperations == 0, "the client released its socket");
        Eventually.True(() => background.Scheduler.ComponentCount == 0, "the client and its adapter ended");
        Assert.Null(background.Fault);
    }

    [Fact]
    public async Task ProducerFinishedSendsWhatIsQueuedThenCloses()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var background = new Background().Start();
        var client = new TCPClient("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        var handle = background.Activate(new Handle(client));
        var chunks = Enumerable.Range(0, 50).Select(index => Peer.Payload(10_000, seed: index)).ToArray();

        foreach (var chunk in chunks)
        {
            handle.Put(chunk);
        }

        handle.Put(new ProducerFinished(), "control");
        using var accepted = await listener.AcceptTcpClientAsync();

        Assert.Equal(chunks.SelectMany(chunk => chunk).ToArray(), await Peer.ReadToEndAsync(accepted));
        Assert.Equal(ConnectionShutdownReason.Closed, ConnectionShutdown.From(handle.Get("signal", Peer.Bound))?.Reason);
        Eventually.True(() => client.OpenSockets == 0, "the client released its socket");
    }

    [Fact]
    public void AConnectionThatCannotBeMadeIsSignalledWithTheReason()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var background = new Background().Start();
        var client = new TCPClient("127.0.0.1", port);
        var handle = background.Activate(new Handle(client));

        var shutdown = ConnectionShutdown.From(handle.Get("signal", Peer.Bound));
        Assert.Equal(ConnectionShutdownReason.Error, shutdown?.Reason);
        Assert.Null(shutdown?.Connection);
        Assert.Contains($"127.0.0.1:{port}", shutdown?.Error?.Message, StringComparison.Ordinal);
        Assert.Contains(client.Name, shutdown?.Error?.Message, StringComparison.Ordinal);
        Eventually.True(() => client.OpenSockets == 0 && client.RunningOperations == 0, "the failed socket was released");
    }

    [Fact]
    public async Task AnOversizedChunkEndsTheConnectionWithAClearError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var background = new Background().Start();
        var client = new TCPClient("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, new ConnectionOptions { MaxChunkSize = 10 });
        var handle = background.Activate(new Handle(client));
        using var accepted = await listener.AcceptTcpClientAsync();

        handle.Put(new byte[11]);

        var shutdown = ConnectionShutdown.From(handle.Get("signal", Peer.Bound));
        var error = Assert.IsType<MessageTooLargeException>(shutdown?.Error);
        Assert.Contains("11 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains(client.Connection!.ToString(), error.Message, StringComparison.Ordinal);
        Assert.True(await Peer.IsClosedByOtherEndAsync(accepted));
        Eventually.True(() => client.OpenSockets == 0, "the client released its socket");
    }

    [Fact]
    public async Task ShutdownMicroprocessClosesAtOnceAndIsForwarded()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var background = new Background().Start();
        var client = new TCPClient("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        var handle = background.Activate(new Handle(client));
        using var accepted = await listener.AcceptTcpClientAsync();
        Eventually.True(() => client.Connection is not null, "the client is connected");

        var stop = new ShutdownMicroprocess();
        handle.Put(stop, "control");

        Assert.Same(stop, handle.Get("signal", Peer.Bound));
        Assert.True(await Peer.IsClosedByOtherEndAsync(accepted));
        Eventually.True(() => client.OpenSockets == 0 && client.RunningOperations == 0, "the client released its socket");
    }
}
