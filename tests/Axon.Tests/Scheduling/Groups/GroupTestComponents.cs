namespace Axon.Tests.Scheduling.Groups;

/// <summary>A message that says who sent it and its place in that sender's stream.</summary>
internal readonly record struct Numbered(int Stream, int Sequence);

/// <summary>
/// Sends <c>count</c> numbered messages on "outbox", up to <c>perStep</c> a step, then ProducerFinished on "signal".
/// With <c>waitForRoom</c> it looks at <see cref="Box.IsFull"/> first and pauses while the inbox it feeds is full
/// (woken when room is made); without it, a full inbox throws in its step.
/// </summary>
internal sealed class NumberedSource(int stream, int count, int perStep = 1, bool waitForRoom = false) : Component
{
    public List<Scheduler?> RanOn { get; } = [];

    protected override IEnumerable<object?> Main()
    {
        var outbox = Outboxes["outbox"];
        var next = 0;
        while (next < count)
        {
            RanOn.Add(Scheduler.Current);
            for (var i = 0; i < perStep && next < count; i++)
            {
                if (waitForRoom && outbox.IsFull)
                {
                    Pause();
                    break;
                }

                Send(new Numbered(stream, next++), "outbox");
            }

            yield return null;
        }

        Send(new ProducerFinished(this), "signal");
    }
}

/// <summary>
/// Collects what arrives on "inbox" until every one of <c>producers</c> has sent a shutdown signal on "control",
/// then forwards the last one and ends. Records the most messages its inbox ever held and the schedulers it ran on.
/// </summary>
internal sealed class NumberedCollector(int producers = 1, int perStep = int.MaxValue) : Component
{
    private int _signals;

    public List<Numbered> Received { get; } = [];

    public int MostWaiting { get; private set; }

    public HashSet<Scheduler?> RanOn { get; } = [];

    protected override IEnumerable<object?> Main()
    {
        var inbox = Inboxes["inbox"];
        while (true)
        {
            RanOn.Add(Scheduler.Current);
            MostWaiting = Math.Max(MostWaiting, inbox.Count);
            for (var i = 0; i < perStep && TryRecv("inbox", out var message); i++)
            {
                Received.Add((Numbered)message!);
            }

            while (inbox.Count == 0 && TryRecv("control", out var control))
            {
                if (control is ShutdownSignal && ++_signals == producers)
                {
                    Send(control, "signal");
                    yield break;
                }
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>
/// Forwards "inbox" to "outbox" (up to <c>perStep</c> a step), taking a message only while the inbox it feeds has
/// room, and a shutdown signal after the data before it.
/// </summary>
internal sealed class NumberedForwarder(int perStep = int.MaxValue) : Component
{
    public HashSet<Scheduler?> RanOn { get; } = [];

    protected override IEnumerable<object?> Main()
    {
        var outbox = Outboxes["outbox"];
        while (true)
        {
            RanOn.Add(Scheduler.Current);
            for (var i = 0; i < perStep && !outbox.IsFull && TryRecv("inbox", out var message); i++)
            {
                Send(message, "outbox");
            }

            if (outbox.IsFull)
            {
                // Woken when room is made, as any producer is.
                Pause();
                yield return null;
                continue;
            }

            if (DataReady("inbox") == 0 && TryRecv("control", out var control) && control is ShutdownSignal)
            {
                Send(control, "signal");
                yield break;
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>Links a chain of components (outbox to inbox, signal to control), adopts them, activates them and ends with them.</summary>
internal sealed class Chain(params Component[] stages) : Component
{
    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i + 1 < stages.Length; i++)
        {
            Link((stages[i], "outbox"), (stages[i + 1], "inbox"));
            Link((stages[i], "signal"), (stages[i + 1], "control"));
        }

        AddChildren(stages);
        yield return new NewComponent(stages);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}

/// <summary>
/// Sends all its numbered messages in its first step, holding in its outbox what the inbox it feeds cannot take
/// (<see cref="Component.HoldMessagesWhenFull"/>), delivers them as room is made, then sends ProducerFinished.
/// </summary>
internal sealed class HoldingSource : Component
{
    private readonly int _count;

    public HoldingSource(int count)
    {
        _count = count;
        HoldMessagesWhenFull = true;
    }

    public int MostHeld { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i < _count; i++)
        {
            Send(new Numbered(0, i), "outbox");
        }

        MostHeld = Outboxes["outbox"].Held;
        while (!TryReleaseHeldMessages())
        {
            Pause();
            yield return null;
        }

        Send(new ProducerFinished(this), "signal");
    }
}

/// <summary>Throws in its first step.</summary>
internal sealed class Thrower : Component
{
    protected override IEnumerable<object?> Main()
    {
        yield return null;
        throw new InvalidOperationException("thrown on purpose");
    }
}

internal static class SchedulerGroupRuns
{
    /// <summary>Runs the group on another thread, failing the test if it takes longer than the bound.</summary>
    public static void RunWithin(this SchedulerGroup group, TimeSpan bound, params Component[] components) =>
        group.WithinOrStop(bound, () => group.Run(components));

    /// <summary>Runs <paramref name="run"/> on another thread; past the bound, stops the group's schedulers and fails the test.</summary>
    public static void WithinOrStop(this SchedulerGroup group, TimeSpan bound, Action run)
    {
        var task = Task.Factory.StartNew(run, TaskCreationOptions.LongRunning);
        if (Task.WaitAny([task], bound) < 0)
        {
            foreach (var scheduler in group.Schedulers)
            {
                scheduler.Stop();
            }

            throw new TimeoutException($"The scheduler group did not finish within {bound}.");
        }

        task.GetAwaiter().GetResult();
    }
}
