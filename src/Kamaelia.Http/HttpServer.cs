using System.Collections.Concurrent;
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
/// <see cref="HttpServerOptions.ResponseQueueLength"/> parts wait between the graph and the client, so a client
/// that reads slowly holds the graph back like any full inbox. Requests beyond
/// <see cref="HttpServerOptions.MaxConcurrentRequests"/> get 503, bodies beyond
/// <see cref="HttpServerOptions.MaxRequestBodySize"/> 413.
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
[Outbox<HttpHandlerFault>("outbox", "An HttpHandlerFault for each request whose handler graph failed, while something is linked")]
[Outbox("signal", "The shutdown signal, once Kestrel and every handler graph have stopped")]
public sealed partial class HttpServer : Component, IAsyncDisposable, IDisposable
{
    private readonly Func<HttpRequestData, Component?> _factory;
    private readonly KestrelHost _host;
    private readonly Lock _arrivalGate = new();
    private readonly ConcurrentQueue<HttpExchange> _arrivals = new();
    private readonly ConcurrentQueue<HttpHandlerFault> _faults = new();
    private readonly Queue<HttpHandlerFault> _reports = new();
    private readonly List<HttpExchange> _exchanges = [];
    private bool _closed;
    private int _inFlight;
    private long _faultCount;
    private volatile HttpHandlerFault? _lastFault;

    /// <summary>Starts Kestrel and binds at once; serves requests once activated.</summary>
    /// <param name="factory">Makes the handler graph for a request; null for 404. Called on the scheduler's thread.</param>
    /// <param name="options">Where to listen and the limits; the defaults of <see cref="HttpServerOptions"/> when null.</param>
    /// <exception cref="IOException">The address and port cannot be bound.</exception>
    public HttpServer(Func<HttpRequestData, Component?> factory, HttpServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Options = options ?? new HttpServerOptions();
        Options.Validate();
        _factory = factory;
        _host = KestrelHost.Start(Options, context => HttpExchangeResponder.ServeAsync(context, this));
        Url = _host.Url;
        Port = Url.Port;
    }

    /// <summary>The options the server was made with.</summary>
    public HttpServerOptions Options { get; }

    /// <summary>The bound address, for example <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The port the server listens on: the one the system chose when the options asked for port 0.</summary>
    public int Port { get; }

    /// <summary>How many requests are being served (reading their body, in a handler graph, or writing their response).</summary>
    public int RequestsInFlight => Volatile.Read(ref _inFlight);

    /// <summary>How many requests' handler graphs have failed (see <see cref="HttpHandlerFault"/>).</summary>
    public long FaultCount => Interlocked.Read(ref _faultCount);

    /// <summary>The most recent handler fault, or null while there has been none.</summary>
    public HttpHandlerFault? LastFault => _lastFault;

    internal bool IsStopping => Volatile.Read(ref _closed);

    /// <summary>Stops Kestrel and the server's components. Safe from any thread, and idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        CloseArrivals();
        Stop();
        await _host.StopAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>As <see cref="DisposeAsync"/>, waiting for Kestrel to stop.</summary>
    public void Dispose()
    {
        CloseArrivals();
        Stop();
        _host.StopAndWait();
        GC.SuppressFinalize(this);
    }

    /// <summary>Any thread: a request may enter unless <see cref="HttpServerOptions.MaxConcurrentRequests"/> are being served.</summary>
    internal bool TryEnter()
    {
        if (Interlocked.Increment(ref _inFlight) <= Options.MaxConcurrentRequests)
        {
            return true;
        }

        Interlocked.Decrement(ref _inFlight);
        return false;
    }

    internal void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Any thread: queues a request for a handler graph, or refuses it at once when the server is stopping.</summary>
    internal void Submit(HttpExchange exchange)
    {
        lock (_arrivalGate)
        {
            if (!_closed)
            {
                _arrivals.Enqueue(exchange);
                Unpause();
                return;
            }
        }

        exchange.Admit(ExchangeAdmission.Unavailable);
    }

    /// <summary>Any thread: counts a fault and queues it for "outbox".</summary>
    internal void Report(HttpHandlerFault fault)
    {
        Interlocked.Increment(ref _faultCount);
        _lastFault = fault;
        _faults.Enqueue(fault);
        Unpause();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var scheduler = Scheduler!;
        scheduler.ComponentFaulted += OnComponentFaulted;
        try
        {
            while (true)
            {
                while (_arrivals.TryDequeue(out var exchange))
                {
                    Admit(exchange);
                }

                if (RequestedShutdown == ShutdownRequest.None && ReadControl(Control, until: ShutdownRequest.Finish) != ShutdownRequest.None)
                {
                    BeginStopping();
                }

                RetireEndedExchanges();
                FlushReports();
                if (RequestedShutdown != ShutdownRequest.None && ChildrenDone() && _host.StopAsync().IsCompleted)
                {
                    break;
                }

                Pause();
                yield return null;
            }
        }
        finally
        {
            scheduler.ComponentFaulted -= OnComponentFaulted;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        CloseArrivals();
        _ = _host.StopAsync();
    }

    private void Admit(HttpExchange exchange)
    {
        var request = exchange.Request;
        if (RequestedShutdown != ShutdownRequest.None)
        {
            exchange.Admit(ExchangeAdmission.Unavailable);
            return;
        }

        Component? handler;
        try
        {
            handler = _factory(request);
            if (handler is null)
            {
                exchange.Admit(ExchangeAdmission.NotFound);
                return;
            }

            exchange.Wire(handler);
        }
        catch (Exception exception)
        {
            Report(new HttpHandlerFault(request, new InvalidOperationException($"{Name} could not make a handler graph for {request}: {exception.Message}", exception)));
            exchange.Admit(ExchangeAdmission.Failed);
            return;
        }

        _exchanges.Add(exchange);
        AddChildren(exchange);
        exchange.Activate(Scheduler);
        exchange.Admit(ExchangeAdmission.Started);
    }

    private void OnComponentFaulted(object? sender, ComponentFault fault)
    {
        foreach (var exchange in _exchanges)
        {
            if (exchange.Contains(fault.Component))
            {
                var exception = new ComponentFaultedException(fault.Component, fault.Exception);
                exchange.Fail(exception);
                Report(new HttpHandlerFault(exchange.Request, exception));
                return;
            }
        }
    }

    private void BeginStopping()
    {
        CloseArrivals();
        foreach (var exchange in _exchanges)
        {
            exchange.StopAll();
        }

        _host.StopAsync().ContinueWith(static (_, server) => ((HttpServer)server!).Unpause(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void CloseArrivals()
    {
        lock (_arrivalGate)
        {
            _closed = true;
        }

        while (_arrivals.TryDequeue(out var waiting))
        {
            waiting.Admit(ExchangeAdmission.Unavailable);
        }
    }

    private void RetireEndedExchanges()
    {
        for (var i = _exchanges.Count - 1; i >= 0; i--)
        {
            var exchange = _exchanges[i];
            if (exchange.IsStopped)
            {
                _exchanges.RemoveAt(i);
                RemoveChild(exchange);
            }
        }
    }

    private void FlushReports()
    {
        while (_faults.TryDequeue(out var fault))
        {
            // Every fault is counted and kept in LastFault; one nobody listens for is not queued.
            if (Outbox.Target is not null)
            {
                _reports.Enqueue(fault);
            }
        }

        while (_reports.TryPeek(out var report) && Outbox.TrySend(report))
        {
            _reports.Dequeue();
        }
    }
}
