using System.Net;
using System.Net.Sockets;
using Kamaelia.Internet;

namespace Kamaelia.Tests.Internet;

public sealed class SingleServerTests
{
    [Fact]
    public async Task ItServesOneClientBothWaysAndSignalsWhenItLeaves()
    {
        using var background = new Background().Start();
        var server = new SingleServer(new ServerOptions { Port = 0 });
        var handle = background.Activate(new Handle(server));

        handle.Put("queued before the client came"u8.ToArray());
        using (var client = await Peer.ConnectAsync(server.Port))
        {
            Assert.Equal("queued before the client came"u8.ToArray(), await Peer.ReadExactlyAsync(client, 29));
            await client.GetStream().WriteAsync("from the client"u8.ToArray());
            Assert.Equal("from the client"u8.ToArray(), Assert.IsType<byte[]>(handle.Get("outbox", Peer.Bound)));

            Eventually.True(() => server.OpenSockets == 1, "the listener closed once the client connected");
            var refused = await Assert.ThrowsAnyAsync<SocketException>(() => Peer.ConnectAsync(server.Port));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }

        var shutdown = ConnectionShutdown.From(handle.Get("signal", Peer.Bound));
        Assert.Equal(ConnectionShutdownReason.PeerClosed, shutdown?.Reason);
        Eventually.True(() => server.OpenSockets == 0 && server.RunningOperations == 0, "the server released its sockets");
        Eventually.True(() => background.Scheduler.ComponentCount == 0, "the server and its adapter ended");
        Assert.Null(background.Fault);
    }

    [Fact]
    public void ShutdownMicroprocessStopsItWaitingForAClient()
    {
        using var background = new Background().Start();
        var server = new SingleServer(new ServerOptions { Port = 0 });
        var handle = background.Activate(new Handle(server));
        var stop = new ShutdownMicroprocess();

        handle.Put(stop, "control");

        Assert.Same(stop, handle.Get("signal", Peer.Bound));
        Eventually.True(() => server.OpenSockets == 0 && server.RunningOperations == 0, "the listener was closed");
        Eventually.True(() => Eventually.NoServerSocketsOnPort(server.Port), "nothing listens any more");
    }

    [Fact]
    public void DisposeReleasesTheListenerOfAServerNeverActivated()
    {
        var server = new SingleServer(new ServerOptions { Port = 0, Address = IPAddress.Loopback });
        Assert.Equal(1, server.OpenSockets);

        server.Dispose();

        Assert.Equal(0, server.OpenSockets);
        Eventually.True(() => Eventually.NoServerSocketsOnPort(server.Port), "nothing listens any more");
    }
}
