using System.Collections.Concurrent;
using Axon;

namespace Kamaelia.Http;

/// <summary>
/// What <see cref="HttpServer"/> and <see cref="HttpEndpoint"/> share: the requests waiting for a handler graph, the
/// graphs running (each an <see cref="HttpExchange"/>, a child of the owning component), the limit on requests in
/// flight, and the faults. Requests come from ASP.NET Core's threads (<see cref="Submit"/>); everything else runs in
/// the owner's steps on its scheduler's thread.
/// </summary>
internal sealed class HandlerGraphs(Component owner, Func<HttpRequestData, Component?> factory, HttpHandlerOptions options)
{
    private readonly Lock _arrivalGate = new();
    private readonly ConcurrentQueue<HttpExchange> _arrivals = new();
    private readonly ConcurrentQueue<HttpHandlerFault> _faults = new();
    private readonly List<HttpExchange> _exchanges = [];
    private Scheduler? _watched;
    private bool _closed;
    private int _inFlight;
    private long _faultCount;
    private volatile HttpHandlerFault? _lastFault;

    public HttpHandlerOptions Options => options;

    public int RequestsInFlight => Volatile.Read(ref _inFlight);

    public long FaultCount => Interlocked.Read(ref _faultCount);

    public HttpHandlerFault? LastFault => _lastFault;

    /// <summary>True once no more requests are taken (the owner is stopping or has stopped).</summary>
    public bool IsClosed => Volatile.Read(ref _closed);

    /// <summary>Any thread: a request may enter unless <see cref="HttpHandlerOptions.MaxConcurrentRequests"/> are being served.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _inFlight) <= options.MaxConcurrentRequests)
        {
            return true;
        }

        Interlocked.Decrement(ref _inFlight);
        return false;
    }

    /// <summary>Any thread: a request entered with <see cref="TryEnter"/> has been answered.</summary>
    public void Leave() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Any thread: queues a request for a handler graph, or refuses it at once when closed.</summary>
    public void Submit(HttpExchange exchange)
    {
        lock (_arrivalGate)
        {
            if (!_closed)
            {
                _arrivals.Enqueue(exchange);
                owner.Unpause();
                return;
            }
        }

        exchange.Admit(ExchangeAdmission.Unavailable);
    }

    /// <summary>Any thread: counts a fault and queues it for the owner's "outbox".</summary>
    public void Report(HttpHandlerFault fault)
    {
        Interlocked.Increment(ref _faultCount);
        _lastFault = fault;
        _faults.Enqueue(fault);
        owner.Unpause();
    }

    /// <summary>Any thread: takes no more requests; those waiting are refused (503).</summary>
    public void Close()
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

    /// <summary>Owner's step: starts watching its scheduler's faults for those of the handler graphs.</summary>
    public void WatchFaults()
    {
        if (_watched is null)
        {
            _watched = owner.Scheduler!;
            _watched.ComponentFaulted += OnComponentFaulted;
        }
    }

    /// <summary>Owner's step, as it ends: stops watching.</summary>
    public void StopWatchingFaults()
    {
        if (_watched is { } scheduler)
        {
            scheduler.ComponentFaulted -= OnComponentFaulted;
            _watched = null;
        }
    }

    /// <summary>Owner's step: makes a handler graph for every request waiting and starts it.</summary>
    public void AdmitArrivals()
    {
        while (_arrivals.TryDequeue(out var exchange))
        {
            Admit(exchange);
        }
    }

    /// <summary>Owner's step: stops every running graph (ShutdownMicroprocess).</summary>
    public void StopAll()
    {
        foreach (var exchange in _exchanges)
        {
            exchange.StopAll();
        }
    }

    /// <summary>Owner's step: forgets the graphs that have ended.</summary>
    public void RetireEnded()
    {
        for (var i = _exchanges.Count - 1; i >= 0; i--)
        {
            var exchange = _exchanges[i];
            if (exchange.IsStopped)
            {
                _exchanges.RemoveAt(i);
                owner.RemoveChild(exchange);
            }
        }
    }

    /// <summary>Owner's step: the faults reported since the last call, oldest first.</summary>
    public bool TryTakeFault(out HttpHandlerFault fault) => _faults.TryDequeue(out fault!);

    private void Admit(HttpExchange exchange)
    {
        var request = exchange.Request;
        Component? handler;
        try
        {
            handler = factory(request);
            if (handler is null)
            {
                exchange.Admit(ExchangeAdmission.NotFound);
                return;
            }

            exchange.Wire(handler);
        }
        catch (Exception exception)
        {
            Report(new HttpHandlerFault(request, new InvalidOperationException($"{owner.Name} could not make a handler graph for {request}: {exception.Message}", exception)));
            exchange.Admit(ExchangeAdmission.Failed);
            return;
        }

        _exchanges.Add(exchange);
        owner.AddChildren(exchange);
        exchange.Activate(owner.Scheduler);
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
}
