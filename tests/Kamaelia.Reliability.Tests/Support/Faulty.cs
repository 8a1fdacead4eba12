namespace Kamaelia.Reliability.Tests.Support;

/// <summary>Where a faulty component throws.</summary>
public enum FaultSite
{
    Main,
    Handler,
    ThreadMain,
    OnClosedDown,
}

/// <summary>The exception the faulty components throw.</summary>
internal sealed class InjectedFault(string message) : Exception(message);

/// <summary>
/// Relays messages; throws from Main when it takes a message in the poison set (each poison fires once,
/// shared by every instance made by a factory). Ends on shutdown signals like <see cref="Relay"/>.
/// </summary>
internal sealed class PoisonedRelay(PoisonSet poison) : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (!GetOutbox("outbox").IsFull && TryRecv("inbox", out var message))
            {
                poison.Check(message, this);
                Send(message, "outbox");
            }

            if (TryRecv("control", out var control) && control is ShutdownSignal)
            {
                while (!GetOutbox("outbox").IsFull && TryRecv("inbox", out var message))
                {
                    poison.Check(message, this);
                    Send(message, "outbox");
                }

                if (DataReady("inbox") == 0 || control is ShutdownMicroprocess)
                {
                    Send(control, "signal");
                    yield break;
                }

                Deliver(control, "control");
            }

            if (DataReady("inbox") == 0 && DataReady("control") == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>A generated handler component that throws from its handler on a poisoned message.</summary>
[Inbox("inbox", "Data")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "Data")]
[Outbox("signal", "The shutdown signal")]
internal sealed partial class PoisonedHandler(PoisonSet poison) : Component
{
    [Handles("inbox")]
    private void OnMessage(object message)
    {
        poison.Check(message, this);
        Outbox.Send(message);
    }
}

/// <summary>A threaded relay that throws from ThreadMain on a poisoned message.</summary>
internal sealed class PoisonedThread(PoisonSet poison) : ThreadedComponent(1)
{
    protected override void ThreadMain()
    {
        var outbox = GetOutbox<object>("outbox");
        while (true)
        {
            while (TryRecv("inbox", out var message))
            {
                poison.Check(message, this);
                while (!outbox.TrySend(message!))
                {
                    Pause();
                }
            }

            if (TryRecv("control", out var control) && control is ShutdownSignal)
            {
                while (TryRecv("inbox", out var message))
                {
                    poison.Check(message, this);
                    while (!outbox.TrySend(message!))
                    {
                        Pause();
                    }
                }

                Send(control, "signal");
                return;
            }

            Pause();
        }
    }
}

/// <summary>Ends at once, and throws from its close-down.</summary>
internal sealed class ThrowsOnClosedDown : Component
{
    protected override void OnClosedDown() => throw new InjectedFault($"{Name} failed in OnClosedDown");
}

/// <summary>Messages that make a faulty component throw, each once. Thread-safe.</summary>
internal sealed class PoisonSet(IEnumerable<int> seqs)
{
    private readonly HashSet<int> _left = [.. seqs];
    private int _fired;

    public int Fired => Volatile.Read(ref _fired);

    /// <summary>Has this poison not fired yet?</summary>
    public bool IsLeft(int seq)
    {
        lock (_left)
        {
            return _left.Contains(seq);
        }
    }

    public void Check(object? message, Component who)
    {
        if (message is Msg msg)
        {
            bool fire;
            lock (_left)
            {
                fire = _left.Remove(msg.Seq);
            }

            if (fire)
            {
                Interlocked.Increment(ref _fired);
                throw new InjectedFault($"{who.Name} was poisoned by {msg}");
            }
        }
    }

    public static Component Make(FaultSite site, PoisonSet poison) => site switch
    {
        FaultSite.Main => new PoisonedRelay(poison),
        FaultSite.Handler => new PoisonedHandler(poison),
        FaultSite.ThreadMain => new PoisonedThread(poison),
        _ => new ThrowsOnClosedDown(),
    };
}

/// <summary>A parent that records that it was woken after its child ended.</summary>
internal sealed class Parent(Component child) : Component
{
    public bool WokenAfterChildEnded { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        AddChildren(child);
        yield return new NewComponent(child);
        while (!child.IsStopped)
        {
            Pause();
            yield return null;
        }

        WokenAfterChildEnded = true;
        RemoveChild(child);
    }
}
