using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kamaelia.Http;

/// <summary>
/// The Kestrel web host inside an <see cref="HttpServer"/> or a standalone <see cref="View.KamaeliaView"/>: started (and
/// bound) when made, stopped once. The empty builder reads no configuration and logs nothing, so the server is configured by
/// its options only, whatever the environment or working folder holds.
/// </summary>
internal sealed class KestrelHost
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _application;
    private readonly Lazy<Task> _stopped;

    private KestrelHost(WebApplication application, Uri url)
    {
        _application = application;
        Url = url;
        _stopped = new Lazy<Task>(StopOnceAsync);
    }

    /// <summary>The bound address, with the port the system chose when port 0 was asked for.</summary>
    public Uri Url { get; }

    /// <summary>Starts Kestrel and waits until it listens; the caller is not on a scheduler's thread (a constructor).</summary>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public static KestrelHost Start(HttpServerOptions options, RequestDelegate serve) =>
        StartAsync(options.Address, options.Port, static _ => { }, application => application.Run(serve), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Starts Kestrel on <paramref name="address"/>:<paramref name="port"/> with the services <paramref name="addServices"/>
    /// adds and the endpoints <paramref name="map"/> maps, and completes once it listens.
    /// </summary>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public static async Task<KestrelHost> StartAsync(IPAddress address, int port, Action<IServiceCollection> addServices, Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = s_shutdownTimeout);
        addServices(builder.Services);
        var application = builder.Build();
        map(application);
        try
        {
            await application.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await application.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new KestrelHost(application, new Uri(application.Urls.First()));
    }

    /// <summary>Stops Kestrel (requests in flight get <see cref="s_shutdownTimeout"/> to finish) the first time; the same task after.</summary>
    public Task StopAsync() => _stopped.Value;

    /// <summary>Stops Kestrel and waits; for <see cref="HttpServer.Dispose"/>, called by ordinary code.</summary>
    public void StopAndWait() => StopAsync().GetAwaiter().GetResult();

    private async Task StopOnceAsync()
    {
        try
        {
            await _application.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _application.DisposeAsync().ConfigureAwait(false);
        }
    }
}
