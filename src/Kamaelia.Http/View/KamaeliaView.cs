using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Kamaelia.Http.View;

/// <summary>
/// The live view on a web server of its own, for a program that is not an ASP.NET Core application: Kestrel on
/// 127.0.0.1 (the view shows the system's inner workings, so only this machine may see it), the page at the root.
/// Start it, open <see cref="Url"/> in a browser, and dispose of it to stop the server.
/// </summary>
/// <example>
/// <code>
/// await using var view = await KamaeliaView.StartAsync(port: 5080);
/// Console.WriteLine($"Live view: {view.Url}");
/// new Pipeline(new Clock(TimeSpan.FromSeconds(1)), new ConsoleEchoer()).Run();
/// </code>
/// </example>
public sealed class KamaeliaView : IAsyncDisposable
{
    private readonly KestrelHost _host;

    private KamaeliaView(KestrelHost host, Uri url)
    {
        _host = host;
        Url = url;
    }

    /// <summary>The page's address, with the port actually bound (useful when 0 asked for any free one).</summary>
    public Uri Url { get; }

    /// <summary>Starts the server and returns once it listens.</summary>
    /// <param name="port">The port on 127.0.0.1; 0 (the default) takes any free port, reported in <see cref="Url"/>.</param>
    /// <param name="configure">Changes the <see cref="KamaeliaViewOptions"/> (by default every live scheduler of the process is shown).</param>
    /// <param name="cancellationToken">Abandons the start.</param>
    /// <exception cref="ArgumentOutOfRangeException">The port is not between 0 and 65535.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<KamaeliaView> StartAsync(int port = 0, Action<KamaeliaViewOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);

        // The host reads no configuration files, environment or command line, and logs nothing: the program this runs
        // in has its own, and a view must not pick up settings meant for something else.
        var host = await KestrelHost.StartAsync(IPAddress.Loopback, port, static services => services.AddRoutingCore(),
            application => application.MapKamaeliaView("/", configure), cancellationToken).ConfigureAwait(false);
        return new KamaeliaView(host, new Uri(host.Url, "/"));
    }

    /// <summary>Stops the server: open pages lose their stream.</summary>
    public ValueTask DisposeAsync() => new(_host.StopAsync());
}
