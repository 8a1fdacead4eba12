using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

// Axon style: Main is a C# iterator written by hand, the way a Kamaelia user writes a component: drain the
// inbox, honour a shutdown signal on "control", pause when nothing waits, yield.

/// <summary>
/// The source of every Kamaelia workload (both styles): sends 0, 1, 2, ... on "outbox", up to <see cref="Batch"/>
/// per step, then sleeps until <see cref="Start"/> asks for more.
/// </summary>
[Inbox<int>("inbox", "Not used")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "The numbers")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class IntSource : Component
{
    private int _next;
    private int _end;

    /// <summary>How many numbers one step sends (1 for a source that sends one message per step).</summary>
    public int Batch { get; init; } = 1024;

    /// <summary>The typed outbox, for wiring.</summary>
    public Outbox<int> Output => Outbox;

    /// <summary>Sends 0 .. count-1 from the next pass on. Call between passes (or from the scheduler's thread).</summary>
    public void Start(int count)
    {
        (_next, _end) = (0, count);
        Unpause();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            SendBatch();
            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (_next >= _end)
            {
                Pause();
            }

            yield return null;
        }
    }

    // A plain method, so the counter lives in a register rather than in the iterator's fields.
    private void SendBatch()
    {
        var (next, stop, outbox) = (_next, Math.Min(_next + Batch, _end), Outbox);
        while (next < stop)
        {
            outbox.Send(next++);
        }

        _next = next;
    }
}

/// <summary>A pipeline stage, Axon style: sends every number plus one.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Each number plus one")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class AddOneMain : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                Outbox.Send(number + 1);
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>The end of a pipeline, Axon style: adds up what arrives.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SumSinkMain : Component, ISumSink
{
    /// <inheritdoc />
    public long Sum { get; private set; }

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Reset() => (Sum, Count) = (0, 0);

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                Sum += number;
                Count++;
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>Fan-out, Axon style: sends every number to four outboxes.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "A copy")]
[Outbox<int>("out1", "A copy")]
[Outbox<int>("out2", "A copy")]
[Outbox<int>("out3", "A copy")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Broadcast4Main : Component, IOneToFour
{
    /// <inheritdoc />
    public Outbox<int>[] Outputs => [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                Out0.Send(number);
                Out1.Send(number);
                Out2.Send(number);
                Out3.Send(number);
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>The diamond's splitter, Axon style: deals the numbers round-robin to four outboxes.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "Every fourth number")]
[Outbox<int>("out1", "Every fourth number")]
[Outbox<int>("out2", "Every fourth number")]
[Outbox<int>("out3", "Every fourth number")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Deal4Main : Component, IOneToFour
{
    private readonly Outbox<int>[] _outputs;

    /// <summary>Creates the splitter.</summary>
    public Deal4Main() => _outputs = [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Outbox<int>[] Outputs => _outputs;

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var turn = 0;
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                _outputs[turn++ & 3].Send(number);
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>Ping-pong, Axon style: sends back every number it gets.</summary>
[Inbox<int>("inbox", "Pings")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pongs")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PongerMain : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                Outbox.Send(number);
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>Ping-pong, Axon style: counts the pongs and sends the next ping until the rounds are done.</summary>
[Inbox<int>("inbox", "Pongs")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pings")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PingerMain : Component, IPinger
{
    private int _rounds;

    /// <inheritdoc />
    public long Sum { get; private set; }

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Start(int rounds)
    {
        (_rounds, Sum, Count) = (rounds, 0, 0);
        Outbox.Send(0);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (Inbox.TryRecv(out var number))
            {
                Sum += number;
                if (++Count < _rounds)
                {
                    Outbox.Send(number + 1);
                }
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal)
            {
                Signal.Send(control);
                yield break;
            }

            if (Inbox.Count == 0 && Control.Count == 0)
            {
                Pause();
            }

            yield return null;
        }
    }
}
