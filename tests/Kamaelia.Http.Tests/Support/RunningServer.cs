using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Util;

namespace Kamaelia.Http.Tests.Support;

/// <summary>An HttpServer running on an immortal scheduler of its own, its fault reports collected, and an HttpClient for it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();

    private RunningServer(Func<HttpRequestData, Component?> factory, HttpServerOptions? options)
    {
        Server = new HttpServer(factory, options);
        Faults = new ChannelSink<HttpHandlerFault>(64);
        Scheduler = new Scheduler { Immortal = true };
        Run = new Pipeline(Server, Faults).RunAsync(Scheduler, _stop.Token);
        Client = new HttpClient { BaseAddress = Server.Url, Timeout = Bound };
    }

    public HttpServer Server { get; }

    public ChannelSink<HttpHandlerFault> Faults { get; }

    public Scheduler Scheduler { get; }

    public Task Run { get; }

    public HttpClient Client { get; }

    public static RunningServer Start(Func<HttpRequestData, Component?> factory, HttpServerOptions? options = null) => new(factory, options);

    public async Task<HttpHandlerFault> NextFaultAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        return await Faults.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _stop.CancelAsync();
        await Run.WaitAsync(Bound);
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
