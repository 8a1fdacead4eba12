using Axon;

namespace Kamaelia.Http;

/// <summary>
/// An HTTP server on ASP.NET Core's Kestrel that runs one handler graph per request (Kamaelia's HTTPServer, with the
/// request handler factory of its Carousel). For each request the factory makes a component (with inbox, control,
/// outbox and signal) from the <see cref="HttpRequestData"/>; the server adopts it and runs it on its own scheduler.
/// The request arrives on the graph's "inbox", followed by <see cref="ProducerFinished"/> on its "control"; the graph
/// answers on its "outbox" with <see cref="HttpResponsePart"/>s (an <see cref="HttpResponseStart"/>, body
/// <see cref="HttpResponseChunk"/>s, an <see cref="HttpResponseEnd"/>; or one <see cref="HttpResponseData"/>), and
/// its shutdown signal on "signal" ends the response if no end was sent.
/// <para>
/// Flow control: each body chunk is written to the client before the next part is taken, and at most
/// <see cref="HttpHandlerOptions.ResponseQueueLength"/> parts wait between the graph and the client, so a client
/// that reads slowly holds the graph back like any full inbox. Requests beyond
/// <see cref="HttpHandlerOptions.MaxConcurrentRequests"/> get 503, bodies beyond
/// <see cref="HttpHandlerOptions.MaxRequestBodySize"/> 413.
/// </para>
/// <para>
/// Errors: a factory that returns null means 404 (see <see cref="HttpRoutes"/>). A factory that throws, a graph
/// without the standard boxes, a component of the graph that throws, or a graph that sends its parts out of order
/// gets 500 (or, once the response has started, an aborted connection), and an <see cref="HttpHandlerFault"/> naming
/// the component is counted (<see cref="FaultCount"/>) and sent on "outbox" while something is linked to it. A
/// component's fault is seen through <see cref="Scheduler.ComponentFaulted"/>: on a scheduler that is not
/// <see cref="Scheduler.Immortal"/> it also ends the whole system, server included, as any fault does; set
/// <c>Immortal</c> to keep serving. A client that disconnects has its graph sent <see cref="ShutdownMicroprocess"/>.
/// </para>
/// <para>
/// Binding: the constructor starts Kestrel and binds at once (<see cref="HttpServerOptions.Address"/>, loopback by
/// default; port 0 picks a free port, read back from <see cref="Port"/> and <see cref="Url"/>); requests wait for
/// their graphs until the server is activated. Shutdown: ProducerFinished or ShutdownMicroprocess on "control"
/// stops Kestrel and sends ShutdownMicroprocess to every running graph (requests still waiting get 503); once all
/// have ended the signal is forwarded on "signal" and the server ends. <see cref="DisposeAsync"/> stops Kestrel and
/// the component from any thread.
/// </para>
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess: stop Kestrel, stop every handler graph, forward, end")]
[Inbox("_endpointSignal", "The endpoint's shutdown signal")]
[Outbox<HttpHandlerFault>("outbox", "An HttpHandlerFault for each request whose handler graph failed, while something is linked")]
[Outbox("signal", "The shutdown signal, once Kestrel and every handler graph have stopped")]
[Outbox("_endpointControl", "ShutdownMicroprocess for the endpoint")]
public sealed partial class HttpServer : Component, IAsyncDisposable, IDisposable
{
    private readonly KestrelHost _host;

    /// <summary>Starts Kestrel and binds at once; serves requests once activated.</summary>
    /// <param name="factory">Makes the handler graph for a request; null for 404. Called on the scheduler's thread.</param>
    /// <param name="options">Where to listen and the limits; the defaults of <see cref="HttpServerOptions"/> when null.</param>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public HttpServer(Func<HttpRequestData, Component?> factory, HttpServerOptions? options = null)
    {
        Options = options ?? new HttpServerOptions();
        Endpoint = new HttpEndpoint(factory, Options);
        _host = KestrelHost.Start(Options, Endpoint.HandleAsync);
        Url = _host.Url;
        Port = Url.Port;
    }

    /// <summary>The options the server was made with.</summary>
    public HttpServerOptions Options { get; }

    /// <summary>The child that runs the handler graphs; every request Kestrel receives goes to it.</summary>
    public HttpEndpoint Endpoint { get; }

    /// <summary>The bound address, for example <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The port the server listens on: the one the system chose when the options asked for port 0.</summary>
    public int Port { get; }

    /// <summary>How many requests are being served (reading their body, in a handler graph, or writing their response).</summary>
    public int RequestsInFlight => Endpoint.RequestsInFlight;

    /// <summary>How many requests' handler graphs have failed (see <see cref="HttpHandlerFault"/>).</summary>
    public long FaultCount => Endpoint.FaultCount;

    /// <summary>The most recent handler fault, or null while there has been none.</summary>
    public HttpHandlerFault? LastFault => Endpoint.LastFault;

    /// <summary>Stops Kestrel and the server's components. Safe from any thread, and idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        Endpoint.Stop();
        Stop();
        await _host.StopAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>As <see cref="DisposeAsync"/>, waiting for Kestrel to stop.</summary>
    public void Dispose()
    {
        Endpoint.Stop();
        Stop();
        _host.StopAndWait();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        // A component stopped with its scheduler (or by another's fault) is not closed down: the token still tells it.
        using var released = ShutdownToken.UnsafeRegister(static host => ((KestrelHost)host!).StopAsync(), _host);
        AddChildren(Endpoint);
        Link((Endpoint, "outbox"), (this, "outbox"), Passthrough.Outward);
        Link(_EndpointControl, Endpoint.Control);
        Link(Endpoint.Signal, _EndpointSignal);
        yield return new NewComponent(Endpoint);

        var stopping = false;
        while (true)
        {
            ReadControl(Control, until: ShutdownRequest.Finish);
            if (!stopping && (RequestedShutdown != ShutdownRequest.None || Endpoint.IsStopped))
            {
                // Either signal stops at once: a server has no queue of its own to finish.
                stopping = true;
                if (RequestedShutdown == ShutdownRequest.None)
                {
                    // The endpoint ended by itself (it was stopped, or failed): the server cannot go on.
                    RememberShutdown(new ShutdownMicroprocess());
                }

                if (!Endpoint.IsStopped)
                {
                    _EndpointControl.Send(new ShutdownMicroprocess());
                }

                _host.StopAsync().ContinueWith(static (_, server) => ((HttpServer)server!).Unpause(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            if (stopping && ChildrenDone() && _host.StopAsync().IsCompleted)
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
    protected override void OnClosedDown() => _ = _host.StopAsync();
}
