using System.Threading.Channels;
using Axon;
using Kamaelia.Util;

namespace Kamaelia.Http;

/// <summary>
/// One request and the handler graph made for it, a child of <see cref="HttpServer"/>. It links the request into
/// the handler's "inbox" (followed by <see cref="ProducerFinished"/> on its "control": the request is all the input
/// there is) and the handler's "outbox" and "signal" into a <see cref="ChannelSink{T}"/>, whose channel the request's
/// ASP.NET Core side reads; the sink's bounded inbox holds the handler back while the client reads slowly. Other
/// threads stop it through <see cref="StopHandler"/> and <see cref="StopAll"/>, which it carries out as
/// <see cref="ShutdownMicroprocess"/> to the handler and the sink; it ends when both have ended.
/// </summary>
[Inbox("control", "ShutdownMicroprocess or ProducerFinished: stop the handler graph and the response at once")]
[Outbox<HttpRequestData>("_request", "The request, for the handler's inbox")]
[Outbox("_handlerControl", "ProducerFinished after the request; ShutdownMicroprocess to stop the handler")]
[Outbox("_sinkControl", "ShutdownMicroprocess to end the response at once")]
internal sealed partial class HttpExchange : Component
{
    private readonly ChannelSink<HttpResponsePart> _sink;
    private readonly TaskCompletionSource<ExchangeAdmission> _admission = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Component? _handler;
    private volatile Exception? _fault;
    private volatile bool _handlerStopRequested;
    private volatile bool _allStopRequested;

    public HttpExchange(HttpRequestData request, int responseQueueLength)
    {
        Request = request;
        _sink = new ChannelSink<HttpResponsePart>(responseQueueLength);
    }

    public HttpRequestData Request { get; }

    /// <summary>The server's decision; the request's ASP.NET Core side waits for it before reading the responses.</summary>
    public Task<ExchangeAdmission> Admission => _admission.Task;

    /// <summary>The response parts the handler sends, in order; complete once the handler graph has ended or been stopped.</summary>
    public ChannelReader<HttpResponsePart> Responses => _sink.Reader;

    /// <summary>
    /// Completes when the exchange has ended, however: closed down, or stopped with its scheduler before its sink could
    /// complete the channel (the sink may not even have run). A reader still waiting then knows nothing more will come.
    /// </summary>
    public Task Ended => _ended.Task;

    /// <summary>The fault of a component of the handler graph, set before the graph is stopped because of it.</summary>
    public Exception? Fault => _fault;

    /// <summary>True when <paramref name="component"/> is this exchange, its sink, or anywhere in its handler graph.</summary>
    public bool Contains(Component component) =>
        ReferenceEquals(component, this) || ReferenceEquals(component, _sink) || (_handler is { } handler && IsWithin(handler, component));

    /// <summary>Scheduler thread: links a handler graph made for the request; throws when it cannot be linked.</summary>
    public void Wire(Component handler)
    {
        foreach (var (name, inbox) in new[] { ("inbox", true), ("control", true), ("outbox", false), ("signal", false) })
        {
            if (!(inbox ? handler.Inboxes : handler.Outboxes).ContainsKey(name))
            {
                throw new ArgumentException($"HttpServer links the standard {(inbox ? "inbox" : "outbox")} \"{name}\", which {handler.Name} (made for {Request}) does not have.", nameof(handler));
            }
        }

        Link((this, "_request"), (handler, "inbox"));
        Link((this, "_handlerControl"), (handler, "control"));
        Link((handler, "outbox"), (_sink, "inbox"));
        Link((handler, "signal"), (_sink, "control"));
        Link((this, "_sinkControl"), (_sink, "control"));
        _handler = handler;
        AddChildren(handler, _sink);
    }

    public void Admit(ExchangeAdmission admission) => _admission.TrySetResult(admission);

    /// <summary>Any thread: the response has ended, so the handler graph has nothing more to do.</summary>
    public void StopHandler()
    {
        _handlerStopRequested = true;
        Unpause();
    }

    /// <summary>Any thread: the client has gone or the graph has failed: stop the handler and the response at once.</summary>
    public void StopAll()
    {
        _allStopRequested = true;
        Unpause();
    }

    /// <summary>Scheduler thread: a component of the graph failed; remembered, then the graph is stopped.</summary>
    public void Fail(Exception fault)
    {
        _fault ??= fault;
        StopAll();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var handler = _handler ?? throw new InvalidOperationException($"{Name} was activated before a handler graph was linked to it.");
        ShutdownToken.UnsafeRegister(static ended => ((TaskCompletionSource)ended!).TrySetResult(), _ended);
        _Request.Send(Request);
        _HandlerControl.Send(new ProducerFinished(this));
        yield return new NewComponent(handler, _sink);

        var handlerStopped = false;
        var sinkStopped = false;
        while (true)
        {
            ReadControl(Control);
            var stopAll = _allStopRequested || RequestedShutdown != ShutdownRequest.None;
            if (!handlerStopped && (stopAll || _handlerStopRequested))
            {
                handlerStopped = true;
                if (!handler.IsStopped)
                {
                    _HandlerControl.Send(new ShutdownMicroprocess());
                }
            }

            if (!sinkStopped && stopAll)
            {
                sinkStopped = true;
                if (!_sink.IsStopped)
                {
                    _SinkControl.Send(new ShutdownMicroprocess());
                }
            }

            if (ChildrenDone())
            {
                yield break;
            }

            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        _admission.TrySetResult(ExchangeAdmission.Unavailable);
        _ended.TrySetResult();
    }

    private static bool IsWithin(Component root, Component component) =>
        ReferenceEquals(root, component) || root.ChildComponents().Any(child => IsWithin(child, component));
}
