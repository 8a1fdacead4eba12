using System.Net;
using System.Net.Sockets;
using Kamaelia.Http.View;

namespace Kamaelia.Http.Tests.View;

public sealed class KamaeliaViewHostTests
{
    [Fact]
    public async Task ItListensOnAFreeLoopbackPortAndServesTheViewAtTheRoot()
    {
        await using var system = new TickingSystem();
        await using var view = await KamaeliaView.StartAsync(configure: options => options.Schedulers = [system.Scheduler]);
        using var client = new HttpClient { BaseAddress = view.Url, Timeout = Limits.Wait };

        var page = await client.GetStringAsync("/");
        await using var events = await SnapshotEvents.OpenAsync(client, "/events");
        var snapshot = await events.UntilAsync(s => s.Components.Any(c => c.Id == system.Clock.Id), "the system's clock");

        Assert.Equal("127.0.0.1", view.Url.Host);
        Assert.NotEqual(0, view.Url.Port);
        Assert.Equal("/", view.Url.AbsolutePath);
        Assert.Contains("data-events=\"/events\"", page, StringComparison.Ordinal);
        Assert.Equal(4, snapshot.Components.Count);
    }

    [Fact]
    public async Task OnceDisposedNothingListensOnItsPort()
    {
        var view = await KamaeliaView.StartAsync();
        var port = view.Url.Port;

        await view.DisposeAsync();

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task APortInUseIsReportedAndAPortOutOfRangeRefused()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() => KamaeliaView.StartAsync(port));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => KamaeliaView.StartAsync(-1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => KamaeliaView.StartAsync(65536));
    }
}
