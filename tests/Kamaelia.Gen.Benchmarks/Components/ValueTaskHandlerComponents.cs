using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

// The handler components again, each handler returning a ValueTask that has already completed: what an async
// handler costs when it does not await, against the plain void handlers of HandlerComponents.cs.

/// <summary>A pipeline stage: sends every number plus one, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Each number plus one")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class AddOneValueTask : Component
{
    [Handles("inbox")]
    private ValueTask OnNumber(int number)
    {
        Outbox.Send(number + 1);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The end of a pipeline: adds up what arrives, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SumSinkValueTask : Component, ISumSink
{
    /// <inheritdoc />
    public long Sum { get; private set; }

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <inheritdoc />
    public void Reset() => (Sum, Count) = (0, 0);

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    [Handles("inbox")]
    private ValueTask OnNumber(int number)
    {
        Sum += number;
        Count++;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Fan-out: sends every number to four outboxes, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "A copy")]
[Outbox<int>("out1", "A copy")]
[Outbox<int>("out2", "A copy")]
[Outbox<int>("out3", "A copy")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Broadcast4ValueTask : Component, IOneToFour
{
    /// <inheritdoc />
    public Outbox<int>[] Outputs => [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    [Handles("inbox")]
    private ValueTask OnNumber(int number)
    {
        Out0.Send(number);
        Out1.Send(number);
        Out2.Send(number);
        Out3.Send(number);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The diamond's splitter: deals the numbers round-robin to four outboxes, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "Every fourth number")]
[Outbox<int>("out1", "Every fourth number")]
[Outbox<int>("out2", "Every fourth number")]
[Outbox<int>("out3", "Every fourth number")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Deal4ValueTask : Component, IOneToFour
{
    private readonly Outbox<int>[] _outputs;
    private int _turn;

    /// <summary>Creates the splitter.</summary>
    public Deal4ValueTask() => _outputs = [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Outbox<int>[] Outputs => _outputs;

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    [Handles("inbox")]
    private ValueTask OnNumber(int number)
    {
        _outputs[_turn++ & 3].Send(number);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Ping-pong: sends back every number it gets, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Pings")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pongs")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PongerValueTask : Component
{
    [Handles("inbox")]
    private ValueTask OnPing(int number)
    {
        Outbox.Send(number);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Ping-pong: counts the pongs and sends the next ping, from a ValueTask handler.</summary>
[Inbox<int>("inbox", "Pongs")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pings")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class PingerValueTask : Component, IPinger
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

    [Handles("inbox")]
    private ValueTask OnPong(int number)
    {
        Sum += number;
        if (++Count < _rounds)
        {
            Outbox.Send(number + 1);
        }

        return ValueTask.CompletedTask;
    }
}
