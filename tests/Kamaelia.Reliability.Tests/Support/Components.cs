namespace Kamaelia.Reliability.Tests.Support;

/// <summary>
/// Sends <see cref="Msg"/>s 0..count-1 tagged with its origin, up to <c>batch</c> per step, holding back on a full
/// destination (TrySend then Pause). ProducerFinished on "control" ends it early, gracefully (everything sent so far
/// must arrive); ShutdownMicroprocess ends it at once. Either way it passes a shutdown signal on "signal".
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The messages")]
[Outbox("signal", "ProducerFinished at the end, or the shutdown signal received")]
internal sealed partial class Source(int origin, int count, int batch = 1) : Component
{
    private int _sent;

    public int Origin => origin;

    /// <summary>How many messages were accepted by the outbox (the only ones that must be accounted for).</summary>
    public int Sent => Volatile.Read(ref _sent);

    protected override IEnumerable<object?> Main()
    {
        var next = 0;
        while (next < count)
        {
            if (Control.TryRecv(out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                if (control is ProducerFinished)
                {
                    break;
                }
            }

            for (var i = 0; i < batch && next < count; i++)
            {
                if (!Outbox.TrySend(new Msg(origin, next)))
                {
                    Pause();
                    break;
                }

                next++;
                Interlocked.Increment(ref _sent);
            }

            yield return null;
        }

        Signal.Send(new ProducerFinished(this));
    }
}

/// <summary>
/// Forwards "inbox" to "outbox" while the destination has room (held back, never dropping). ProducerFinished:
/// forwards what is queued, then the signal, and ends; ShutdownMicroprocess: passes it on and ends at once,
/// leaving what is queued in its inbox (where the accounting finds it).
/// </summary>
[Inbox("inbox", "Data")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Data")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class Relay : Component
{
    /// <summary>The most messages seen waiting in "inbox" at the start of a step.</summary>
    public int MostWaiting { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        ShutdownSignal? finishing = null;
        while (true)
        {
            MostWaiting = Math.Max(MostWaiting, Inbox.Count);
            while (!Outbox.IsFull && Inbox.TryRecv(out var message))
            {
                Outbox.Send(message);
            }

            if (finishing is null && Control.TryRecv(out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    Signal.Send(stop);
                    yield break;
                }

                finishing = control as ShutdownSignal;
            }

            if (finishing is not null && Inbox.Count == 0)
            {
                Signal.Send(finishing);
                yield break;
            }

            if (Control.Count == 0 && (Inbox.Count == 0 || Outbox.IsFull))
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>
/// The sink: records every message from "inbox" (draining it before looking at control) and the most messages
/// ever found waiting; a shutdown signal on "control" ends it.
/// </summary>
[Inbox("inbox", "Messages to record")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class Sink : Component
{
    public List<Msg> Received { get; } = [];

    public List<object?> Others { get; } = [];

    public List<object?> Controls { get; } = [];

    public int MostWaiting { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            MostWaiting = Math.Max(MostWaiting, Inbox.Count);
            while (Inbox.TryRecv(out var message))
            {
                if (message is Msg msg)
                {
                    Received.Add(msg);
                }
                else
                {
                    Others.Add(message);
                }
            }

            while (Control.TryRecv(out var control))
            {
                Controls.Add(control);
                if (control is ShutdownSignal)
                {
                    Signal.Send(control);
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
/// The relay on its own thread: forwards with TrySend, blocking (Pause) while the queue to the scheduler is full.
/// On ShutdownMicroprocess it keeps what it had taken but not sent in <see cref="Abandoned"/>.
/// </summary>
internal sealed class ThreadedRelay(int queueLength) : ThreadedComponent(queueLength)
{
    private readonly List<object?> _abandoned = [];

    public IReadOnlyList<object?> Abandoned
    {
        get
        {
            lock (_abandoned)
            {
                return [.. _abandoned];
            }
        }
    }

    protected override void ThreadMain()
    {
        var outbox = GetOutbox<object>("outbox");
        ShutdownSignal? finishing = null;
        while (true)
        {
            var moved = false;
            while (TryRecv("inbox", out var message))
            {
                moved = true;
                while (!outbox.TrySend(message!))
                {
                    Pause();
                }
            }

            while (finishing is null && TryRecv("control", out var control))
            {
                if (control is ShutdownMicroprocess stop)
                {
                    lock (_abandoned)
                    {
                        while (TryRecv("inbox", out var left))
                        {
                            _abandoned.Add(left);
                        }
                    }

                    Send(stop, "signal");
                    return;
                }

                finishing = control as ShutdownSignal;
            }

            if (finishing is not null)
            {
                // Control reaches the thread after the data sent before it: what is queued now is all there is.
                while (TryRecv("inbox", out var message))
                {
                    while (!outbox.TrySend(message!))
                    {
                        Pause();
                    }
                }

                Send(finishing, "signal");
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
/// After <c>steps</c> of its own steps, delivers a shutdown signal into the "control" of each target still
/// running (as if sent to it), then ends. A random shutdown point.
/// </summary>
internal sealed class Killer(int steps, Func<ShutdownSignal> signal, params Component[] targets) : Component
{
    public bool Fired { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i < steps; i++)
        {
            yield return null;
        }

        Fired = true;
        foreach (var target in targets)
        {
            if (!target.IsStopped)
            {
                target.Deliver(signal(), "control");
            }
        }
    }
}

/// <summary>
/// Once every watched component has ended, delivers ProducerFinished into the target's "control" and ends. It
/// polls once a step (the watched components are not its children, so their ending does not wake it).
/// </summary>
internal sealed class Closer(Component target, params Component[] watched) : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (!watched.All(w => w.IsStopped))
        {
            yield return null;
        }

        target.Deliver(new ProducerFinished(this), "control");
    }
}

/// <summary>
/// Copies each control message to every named outbox (linked to the controls of a Fanout's branches), and ends
/// on a shutdown signal.
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals to copy")]
[DynamicBoxes]
internal sealed partial class ControlFan : Component
{
    private readonly string[] _names;

    public ControlFan(params string[] names)
    {
        _names = names;
        foreach (var name in names)
        {
            DeclareOutbox<object>(name, "A copy of each control message");
        }
    }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Control.TryRecv(out var control))
            {
                foreach (var name in _names)
                {
                    Send(control, name);
                }

                if (control is ShutdownSignal)
                {
                    yield break;
                }
            }

            Pause();
            yield return null;
        }
    }
}

/// <summary>
/// The test rig: makes the links given, adopts and activates the first group of children, then each later group
/// once its condition holds; ends when every child has ended.
/// </summary>
internal sealed class Rig : Component
{
    private readonly List<(Func<bool> Ready, Component[] Group)> _groups = [];
    private readonly List<((Component, string) From, (Component, string) To)> _wires = [];

    public Rig(params Component[] first) => _groups.Add((() => true, first));

    public Rig Then(Func<bool> ready, params Component[] group)
    {
        _groups.Add((ready, group));
        return this;
    }

    public Rig Wire(Component from, string outbox, Component to, string inbox)
    {
        _wires.Add(((from, outbox), (to, inbox)));
        return this;
    }

    public Rig Chain(Component from, Component to) => Wire(from, "outbox", to, "inbox").Wire(from, "signal", to, "control");

    protected override IEnumerable<object?> Main()
    {
        foreach (var (from, to) in _wires)
        {
            Link(from, to);
        }

        foreach (var (ready, group) in _groups)
        {
            while (!ready())
            {
                yield return null;
            }

            AddChildren(group);
            yield return new NewComponent(group);
        }

        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
