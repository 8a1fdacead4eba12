using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Axon;

/// <summary>
/// Lets ordinary code use a component: <see cref="Put"/> sends to its "inbox" or "control", <see cref="Get"/>,
/// <see cref="TryGet"/> and <see cref="GetAsync"/> take what it sent on "outbox" or "signal". Thread-safe;
/// activate the handle on a running scheduler (see <see cref="Background"/>), which activates the component.
/// Puts wait, in order, for room when the component's inbox is full: nothing is dropped.
/// </summary>
public sealed class Handle : Component
{
    private static readonly ComponentDescriptor s_descriptor = new(
        nameof(Handle),
        [
            BoxDescriptor.Inbox<object?>("_fromOutbox", "What the wrapped component sends on outbox"),
            BoxDescriptor.Inbox<object?>("_fromSignal", "What the wrapped component sends on signal"),
            BoxDescriptor.Outbox<object?>("_toInbox", "Puts for the wrapped component's inbox"),
            BoxDescriptor.Outbox<object?>("_toControl", "Puts for the wrapped component's control"),
        ]);

    private readonly ConcurrentQueue<(Box Box, object? Message)> _puts = new();
    private readonly object _putGate = new();
    private bool _closed;
    private readonly Channel<object?> _outbox = Channel.CreateUnbounded<object?>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Channel<object?> _signal = Channel.CreateUnbounded<object?>(new UnboundedChannelOptions { SingleWriter = true });
    private bool _wired;

    // 1 while a wake asked for by Put is still to be served by a step: later puts need not ask again.
    private int _wakePending;

    /// <summary>Wraps a component; it must have the four standard boxes (inbox, control, outbox, signal).</summary>
    public Handle(Component component)
    {
        ArgumentNullException.ThrowIfNull(component);
        Wrapped = component;
        foreach (var name in new[] { "inbox", "control" })
        {
            component.GetInbox(name);
        }

        foreach (var name in new[] { "outbox", "signal" })
        {
            component.GetOutbox(name);
        }
    }

    /// <summary>The wrapped component.</summary>
    public Component Wrapped { get; }

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>True once the wrapped component has ended and everything it sent has been handed over.</summary>
    public bool IsCompleted => _outbox.Reader.Completion.IsCompleted && _signal.Reader.Completion.IsCompleted;

    /// <summary>Queues a message for the wrapped component's "inbox" or "control". Safe from any thread.</summary>
    public void Put(object? message, string box = "inbox")
    {
        var target = box switch
        {
            "inbox" => GetOutbox("_toInbox"),
            "control" => GetOutbox("_toControl"),
            _ => throw new ArgumentException($"A Handle puts into \"inbox\" or \"control\" of {Wrapped.Name}, not \"{box}\".", nameof(box)),
        };

        // Checked and queued under the lock the close-down takes, so a put either lands before the count of
        // undelivered puts is taken or is refused: never accepted and then lost uncounted.
        lock (_putGate)
        {
            if (_closed || IsStopped)
            {
                throw new InvalidOperationException($"The handle of {Wrapped.Name} has finished; the message cannot be delivered.");
            }

            _puts.Enqueue((target, message));
        }

        if (Interlocked.Exchange(ref _wakePending, 1) == 0)
        {
            Unpause();
        }
    }

    /// <summary>Takes the oldest message from "outbox" or "signal" if there is one. Safe from any thread.</summary>
    public bool TryGet(out object? message, string box = "outbox") => Output(box).Reader.TryRead(out message);

    /// <summary>
    /// Takes the oldest message from "outbox" or "signal", waiting for one (at most <paramref name="timeout"/>).
    /// Throws <see cref="TimeoutException"/> when none comes in time (timed with the scheduler's
    /// <see cref="Scheduler.TimeProvider"/>), and <see cref="InvalidOperationException"/> when the component has
    /// ended and nothing is left.
    /// </summary>
    public object? Get(string box = "outbox", TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Timeout.InfiniteTimeSpan, Scheduler?.TimeProvider ?? TimeProvider.System);
        try
        {
            return GetAsync(box, cancellation.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"Nothing came out of \"{box}\" of {Wrapped.Name} within {timeout}.");
        }
    }

    /// <summary>Takes the oldest message from "outbox" or "signal", waiting asynchronously for one.</summary>
    public async ValueTask<object?> GetAsync(string box = "outbox", CancellationToken cancellationToken = default)
    {
        try
        {
            return await Output(box).Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"{Wrapped.Name} has ended and sent nothing more on \"{box}\".");
        }
    }

    /// <inheritdoc />
    protected override bool Step()
    {
        if (!_wired)
        {
            _wired = true;
            AddChildren(Wrapped);
            Link((this, "_toInbox"), (Wrapped, "inbox"));
            Link((this, "_toControl"), (Wrapped, "control"));
            Link((Wrapped, "outbox"), (this, "_fromOutbox"));
            Link((Wrapped, "signal"), (this, "_fromSignal"));
            Wrapped.Activate(Scheduler);
        }

        // Cleared before the queue is read: a put after this point either is seen below or wakes the next step.
        Interlocked.Exchange(ref _wakePending, 0);
        while (_puts.TryPeek(out var put) && !put.Box.IsFull)
        {
            put.Box.SendObject(put.Message);
            _puts.TryDequeue(out _);
        }

        Drain("_fromOutbox", _outbox);
        Drain("_fromSignal", _signal);

        if (ChildrenDone())
        {
            return false;
        }

        Pause();
        return true;
    }

    /// <summary>How many puts were still queued when the wrapped component ended, so could not be delivered.</summary>
    public int UndeliveredPuts { get; private set; }

    /// <inheritdoc />
    protected override void OnClosedDown()
    {
        lock (_putGate)
        {
            _closed = true;
            UndeliveredPuts = _puts.Count;
        }

        _outbox.Writer.TryComplete();
        _signal.Writer.TryComplete();
    }

    private void Drain(string inbox, Channel<object?> channel)
    {
        while (TryRecv(inbox, out var message))
        {
            channel.Writer.TryWrite(message);
        }
    }

    private Channel<object?> Output(string box) => box switch
    {
        "outbox" => _outbox,
        "signal" => _signal,
        _ => throw new ArgumentException($"A Handle takes from \"outbox\" or \"signal\" of {Wrapped.Name}, not \"{box}\".", nameof(box)),
    };
}
