using Axon;
using Microsoft.AspNetCore.Http;

namespace Kamaelia.Http;

/// <summary>
/// The handler graphs of a route in an ASP.NET Core app of your own: <see cref="HttpServer"/>'s behaviour without its
/// Kestrel. Map it with <c>app.MapKamaelia(pattern, endpoint)</c> (see
/// <see cref="Microsoft.AspNetCore.Builder.KamaeliaEndpointRouteBuilderExtensions"/>), or call
/// <see cref="HandleAsync"/> from any request delegate, and run it on a scheduler (a <see cref="Background"/>, or a
/// system run by Kamaelia.Hosting). Each request it is given becomes a handler graph, exactly as under
/// <see cref="HttpServer"/>: the same messages, the same flow control, 404 for a factory that returns null, 500 and an
/// <see cref="HttpHandlerFault"/> for a graph that fails, <see cref="ShutdownMicroprocess"/> for the graph of a client
/// that disconnects. Requests wait for their graphs until it is activated and get 503 once it has stopped.
/// <para>
/// Shutdown: ProducerFinished or ShutdownMicroprocess on "control" refuses new requests (503), sends
/// ShutdownMicroprocess to every running graph, and once they have ended forwards the signal and ends.
/// </para>
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess: refuse new requests, stop every handler graph, forward, end")]
[Outbox<HttpHandlerFault>("outbox", "An HttpHandlerFault for each request whose handler graph failed, while something is linked")]
[Outbox("signal", "The shutdown signal, once every handler graph has stopped")]
public sealed partial class HttpEndpoint : Component
{
    private readonly HandlerGraphs _graphs;
    private readonly Queue<HttpHandlerFault> _reports = new();

    /// <summary>Creates the endpoint; it serves requests once activated.</summary>
    /// <param name="factory">Makes the handler graph for a request; null for 404. Called on the scheduler's thread.</param>
    /// <param name="options">The limits; the defaults of <see cref="HttpHandlerOptions"/> when null.</param>
    public HttpEndpoint(Func<HttpRequestData, Component?> factory, HttpHandlerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Options = options ?? new HttpHandlerOptions();
        Options.Validate();
        _graphs = new HandlerGraphs(this, factory, Options);
    }

    /// <summary>The options the endpoint was made with.</summary>
    public HttpHandlerOptions Options { get; }

    /// <summary>How many requests are being served.</summary>
    public int RequestsInFlight => _graphs.RequestsInFlight;

    /// <summary>How many requests' handler graphs have failed (see <see cref="HttpHandlerFault"/>).</summary>
    public long FaultCount => _graphs.FaultCount;

    /// <summary>The most recent handler fault, or null while there has been none.</summary>
    public HttpHandlerFault? LastFault => _graphs.LastFault;

    /// <summary>Serves one request through a handler graph: a <see cref="RequestDelegate"/>. Called by ASP.NET Core, on its threads.</summary>
    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpExchangeResponder.ServeAsync(context, _graphs);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _graphs.WatchFaults();

        // A component stopped with its scheduler (or by another's fault) is not closed down: the token still tells it.
        using var released = ShutdownToken.UnsafeRegister(static owner => ((HttpEndpoint)owner!).Release(), this);
        try
        {
            while (true)
            {
                _graphs.AdmitArrivals();
                if (RequestedShutdown == ShutdownRequest.None && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
                {
                    _graphs.Close();
                    _graphs.StopAll();
                }

                _graphs.RetireEnded();
                HttpFaultReports.Flush(_graphs, _reports, Outbox);
                if (RequestedShutdown != ShutdownRequest.None && ChildrenDone())
                {
                    break;
                }

                Pause();
                yield return null;
            }
        }
        finally
        {
            _graphs.StopWatchingFaults();
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => Release();

    private void Release() => _graphs.Close();
}
