using Axon;

namespace Kamaelia.Util;

/// <summary>
/// What <see cref="AsyncEnumerableSource{T}"/> and <see cref="ChannelSource{T}"/> share: a source that brings items
/// of an asynchronous stream into a graph, one at a time, only while the inbox its "outbox" leads to has room.
/// <para>
/// Backpressure: it takes the next item only when nothing it sent is held and the final inbox of "outbox" is not
/// full, so it never buffers more than one item; while it waits for room or for the stream it sleeps, woken when the
/// consumer collects a message or the stream has something. The stream's own code runs wherever the stream runs it
/// (the thread pool, after its first <c>await</c>); only the source's steps touch its boxes.
/// </para>
/// <para>
/// Ending: at the end of the stream it sends <see cref="ProducerFinished"/> on "signal" once everything it sent has
/// been delivered. An exception from the stream is a fault of this component (<see cref="Scheduler.Run"/> throws a
/// <see cref="ComponentFaultedException"/> naming it, with the stream's exception inside).
/// <see cref="ShutdownMicroprocess"/> on "control" cancels the stream's token (<see cref="Component.ShutdownToken"/>),
/// waits for the read in flight to end, and forwards the signal; <see cref="ProducerFinished"/> on "control" is
/// ignored (a source has no upstream to finish), as for <see cref="DataSource"/>.
/// </para>
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public abstract class AsyncSource<T> : Component
{
    private Task? _inFlight;

    private protected AsyncSource()
    {
    }

    /// <summary>Not used.</summary>
    public Inbox<object> Inbox => GetInbox<object>("inbox");

    /// <summary>ShutdownMicroprocess stops it early.</summary>
    public Inbox<object> Control => GetInbox<object>("control");

    /// <summary>The items, in the stream's order.</summary>
    public Outbox<T> Outbox => GetOutbox<T>("outbox");

    /// <summary>ProducerFinished at the end of the stream, or the ShutdownMicroprocess that stopped it.</summary>
    public Outbox<object> Signal => GetOutbox<object>("signal");

    /// <summary>How many items it has taken from the stream and sent.</summary>
    public long Sent { get; private set; }

    /// <summary>The boxes of a source called <paramref name="name"/>.</summary>
    private protected static ComponentDescriptor Describe(string name) =>
        Describe(name + "<" + TypeNames.Of(typeof(T)) + ">", "The items, in the stream's order", "ProducerFinished at the end of the stream");

    /// <summary>The boxes of a source whose full name is <paramref name="componentName"/>, in its own words.</summary>
    private protected static ComponentDescriptor Describe(string componentName, string outbox, string signal) => new(
        componentName,
        [
            BoxDescriptor.Inbox<object>("inbox", "Not used"),
            BoxDescriptor.Inbox<object>("control", "ShutdownMicroprocess stops it early"),
            BoxDescriptor.Outbox<T>("outbox", outbox),
            BoxDescriptor.Outbox<object>("signal", signal),
        ]);

    /// <summary>Completes with true when an item may be taken (<see cref="TryTake"/>), false at the end of the stream.</summary>
    private protected abstract ValueTask<bool> WaitForItemAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes an item if one is ready. While <paramref name="stopping"/>, only an item the stream has already given
    /// up (so that it would otherwise be lost) is taken.
    /// </summary>
    private protected abstract bool TryTake(bool stopping, out T item);

    /// <summary>Releases the stream; the source waits for the task before it ends.</summary>
    private protected abstract ValueTask CloseAsync();

    /// <summary>Releases the stream at once when the component ends another way (stopped, or faulted).</summary>
    private protected abstract void Abandon();

    /// <inheritdoc />
    protected sealed override IEnumerable<object?> Main()
    {
        HoldMessagesWhenFull = true;
        var cancellation = ShutdownToken;
        var outbox = Outbox;
        var ended = false;
        // True after a wait that said an item may be taken, until the item has been taken.
        var ready = false;
        while (!ended && ReadControl(Control) != ShutdownRequest.StopNow)
        {
            // Take items while there is room for them.
            while (TryReleaseHeldMessages() && HasRoom(outbox) && TryTake(stopping: false, out var item))
            {
                ready = false;
                Sent++;
                outbox.Send(item);
            }

            if (HasHeldMessages || !HasRoom(outbox))
            {
                // Woken when the consumer collects a message (or a control message arrives).
                Pause();
                yield return null;
                continue;
            }

            var waiting = WaitForItemAsync(cancellation);
            if (waiting.IsCompleted)
            {
                ready = Result(waiting);
                ended = !ready;
                continue;
            }

            var task = Track(waiting.AsTask());
            while (!task.IsCompleted)
            {
                if (RequestedShutdown != ShutdownRequest.StopNow && ReadControl(Control) == ShutdownRequest.StopNow)
                {
                    StopHandlerWork();
                }

                Pause();
                yield return null;
            }

            _inFlight = null;
            ready = Result(task);
            ended = !ready;
        }

        var stopping = RequestedShutdown == ShutdownRequest.StopNow;
        if (stopping)
        {
            StopHandlerWork();
            if (ready && TryTake(stopping: true, out var last))
            {
                // Already taken from the stream: delivered rather than lost, past any limit.
                Sent++;
                outbox.Send(last);
            }
        }

        var closing = CloseAsync();
        if (closing.IsCompleted)
        {
            CompletedTask.Observe(closing.AsTask());
        }
        else
        {
            var task = Track(closing.AsTask());
            while (!task.IsCompleted)
            {
                Pause();
                yield return null;
            }

            _inFlight = null;
            CompletedTask.Observe(task);
        }

        // A source has no upstream to finish: a ProducerFinished on control is not acted on, and the end of the
        // stream is reported with a ProducerFinished of its own.
        var ending = stopping ? ReceivedShutdownSignal : new ProducerFinished(this);
        while (!TryForwardShutdownSignal(Signal, ending))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    // Stopped with a read in flight: the stream is released once the read has ended.
    protected override void OnClosedDown() => InFlightTask.ReleaseAfter(_inFlight, this, static source => source.Abandon());

    /// <summary>
    /// The most messages the source lets wait in the inbox "outbox" leads to, whatever that inbox's own size limit;
    /// null to be bounded by the size limit only.
    /// </summary>
    private protected virtual int? MaxWaitingDownstream => null;

    private bool HasRoom(Outbox<T> outbox) =>
        outbox.FinalBox.Owner.IsStopped || (!outbox.IsFull && (MaxWaitingDownstream is not { } most || outbox.FinalBox.Count < most));

    private TTask Track<TTask>(TTask task)
        where TTask : Task
    {
        _inFlight = task;
        return this.WakeWhenDone(task);
    }

    private bool Result(ValueTask<bool> waiting) => Result(waiting.AsTask());

    // Cancelled because the component was told to stop: the end, not a fault.
    private bool Result(Task<bool> waiting) => InFlightTask.TryResult(waiting, ShutdownToken, out var ready) && ready;
}
