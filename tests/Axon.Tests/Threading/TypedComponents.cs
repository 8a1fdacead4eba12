namespace Axon.Tests.Threading;

/// <summary>The four standard boxes with "inbox" and "outbox" typed, for components written without the generator.</summary>
internal static class TypedBoxes
{
    public static ComponentDescriptor Standard<T>(string componentName) => new(
        componentName,
        [
            BoxDescriptor.Inbox<T>("inbox"),
            BoxDescriptor.Inbox<object>("control"),
            BoxDescriptor.Outbox<T>("outbox"),
            BoxDescriptor.Outbox<object>("signal"),
        ]);
}

/// <summary>
/// Forwards its typed inbox to its typed outbox, at most <c>perStep</c> messages a step, holding a message back
/// (and sleeping) while the destination is full. Closed (<c>startClosed</c>), it takes nothing until
/// <see cref="Open"/>. ProducerFinished on "control" is passed on once everything before it has gone;
/// ShutdownMicroprocess at once. <c>failOn</c> makes it throw on a message.
/// </summary>
internal sealed class TypedRelay<T>(int perStep = int.MaxValue, bool startClosed = false, Func<T, bool>? failOn = null) : Component
{
    private static readonly ComponentDescriptor s_descriptor = TypedBoxes.Standard<T>("TypedRelay");
    private volatile bool _open = !startClosed;

    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>The most messages seen waiting in the inbox at the start of a step.</summary>
    public int MostWaiting { get; private set; }

    /// <summary>Lets the relay take messages. Safe from any thread.</summary>
    public void Open()
    {
        _open = true;
        Unpause();
    }

    protected override IEnumerable<object?> Main()
    {
        var inbox = GetInbox<T>("inbox");
        var outbox = GetOutbox<T>("outbox");
        var held = false;
        T message = default!;
        ShutdownSignal? finishing = null;
        while (true)
        {
            MostWaiting = Math.Max(MostWaiting, inbox.Count);
            var moved = 0;
            while (_open && moved < perStep)
            {
                if (!held)
                {
                    if (!inbox.TryRecv(out message))
                    {
                        break;
                    }

                    if (failOn?.Invoke(message) == true)
                    {
                        throw new InvalidOperationException($"Refused {message}.");
                    }

                    held = true;
                }

                if (!outbox.TrySend(message))
                {
                    break;
                }

                held = false;
                moved++;
            }

            if (finishing is null && TryRecv("control", out var control) && control is ShutdownSignal signal)
            {
                finishing = signal;
            }

            if (finishing is ShutdownMicroprocess || (finishing is not null && !held && inbox.Count == 0))
            {
                Send(finishing, "signal");
                yield break;
            }

            if (moved < perStep)
            {
                // Every event that matters wakes it: a message in, room made downstream, Open.
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>
/// A threaded relay with typed boxes: its thread takes from "inbox" (blocking), forwards with <c>TrySend</c>,
/// pausing while the queue to the scheduler is full, and records the most it saw queued for it. ProducerFinished
/// on "control" is passed on after the data; on ShutdownMicroprocess what it had not forwarded is
/// <see cref="Abandoned"/>. A seeded jitter makes the thread slow down now and then.
/// </summary>
internal sealed class ThreadedTypedRelay(int queueLength, int jitterSeed = 0, int failAfter = -1) : ThreadedComponent(queueLength)
{
    private static readonly ComponentDescriptor s_descriptor = TypedBoxes.Standard<int>("ThreadedTypedRelay");
    private readonly List<int> _abandoned = [];

    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>The most messages the thread saw queued for it.</summary>
    public int MostQueued { get; private set; }

    public IReadOnlyList<int> Abandoned => _abandoned;

    protected override void ThreadMain()
    {
        var random = jitterSeed == 0 ? null : new Random(jitterSeed);
        var inbox = GetInbox<int>("inbox");
        var outbox = GetOutbox<int>("outbox");
        var forwarded = 0;
        while (true)
        {
            var moved = false;
            while (DataReady("control") == 0)
            {
                MostQueued = Math.Max(MostQueued, inbox.Count);
                if (!inbox.TryRecv(out var message))
                {
                    break;
                }

                if (forwarded++ == failAfter)
                {
                    throw new InvalidOperationException("The thread failed.");
                }

                while (!outbox.TrySend(message))
                {
                    Pause();
                }

                moved = true;
                if (random?.Next(64) == 0)
                {
                    Thread.Sleep(random.Next(2));
                }
            }

            if (TryRecv("control", out var control))
            {
                if (control is ShutdownMicroprocess)
                {
                    while (inbox.TryRecv(out var left))
                    {
                        _abandoned.Add(left);
                    }
                }
                else
                {
                    // Control reaches the thread after the data sent before it: what is queued now is all there is.
                    while (inbox.TryRecv(out var last))
                    {
                        while (!outbox.TrySend(last))
                        {
                            Pause();
                        }
                    }
                }

                while (!GetOutbox<object>("signal").TrySend(control!))
                {
                    Pause();
                }

                return;
            }

            if (!moved)
            {
                Pause();
            }
        }
    }
}

/// <summary>
/// Sends 0 .. count-1 on its typed outbox, sleeping while the destination is full, then ProducerFinished; records
/// the most it saw in the destination inbox.
/// </summary>
internal sealed class NumberSource(int count) : Component
{
    private static readonly ComponentDescriptor s_descriptor = TypedBoxes.Standard<int>("NumberSource");

    public override ComponentDescriptor Descriptor => s_descriptor;

    /// <summary>How many it has sent.</summary>
    public int Sent { get; private set; }

    /// <summary>The most messages seen in the inbox it sends to, just after a send.</summary>
    public int MostInDestination { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        var outbox = GetOutbox<int>("outbox");
        while (Sent < count)
        {
            while (Sent < count && outbox.TrySend(Sent))
            {
                Sent++;
                MostInDestination = Math.Max(MostInDestination, outbox.FinalBox.Count);
            }

            if (Sent < count)
            {
                // Full: woken when the consumer collects.
                Pause();
            }

            yield return null;
        }

        Send(new ProducerFinished(this), "signal");
    }
}

/// <summary>
/// Takes at most <c>perStep</c> numbers a step from its typed inbox, records them and the most seen waiting, and
/// ends on a shutdown signal once its inbox is empty.
/// </summary>
internal sealed class NumberSink(int perStep = int.MaxValue) : Component
{
    private static readonly ComponentDescriptor s_descriptor = TypedBoxes.Standard<int>("NumberSink");

    public override ComponentDescriptor Descriptor => s_descriptor;

    public List<int> Received { get; } = [];

    public int MostWaiting { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        var inbox = GetInbox<int>("inbox");
        while (true)
        {
            MostWaiting = Math.Max(MostWaiting, inbox.Count);
            for (var i = 0; i < perStep && inbox.TryRecv(out var number); i++)
            {
                Received.Add(number);
            }

            if (inbox.Count == 0 && TryRecv("control", out var control) && control is ShutdownSignal)
            {
                yield break;
            }

            if (inbox.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}
