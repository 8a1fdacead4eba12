using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

// Handler style: the generator writes each component's main loop (drain every handled inbox per step, apply the
// shutdown convention on "control", pause when nothing is waiting). These are the components a user writes.

/// <summary>A pipeline stage: sends every number plus one.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Each number plus one")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class AddOne : Component
{
    [Handles("inbox")]
    private void OnNumber(int number) => Outbox.Send(number + 1);
}

/// <summary>The end of a pipeline: adds up what arrives.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Not used")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SumSink : Component, ISumSink
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
    private void OnNumber(int number)
    {
        Sum += number;
        Count++;
    }
}

/// <summary>Fan-out: sends every number to four outboxes.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "A copy")]
[Outbox<int>("out1", "A copy")]
[Outbox<int>("out2", "A copy")]
[Outbox<int>("out3", "A copy")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Broadcast4 : Component, IOneToFour
{
    /// <inheritdoc />
    public Outbox<int>[] Outputs => [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    [Handles("inbox")]
    private void OnNumber(int number)
    {
        Out0.Send(number);
        Out1.Send(number);
        Out2.Send(number);
        Out3.Send(number);
    }
}

/// <summary>The diamond's splitter: deals the numbers round-robin to four outboxes.</summary>
[Inbox<int>("inbox", "Numbers")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("out0", "Every fourth number")]
[Outbox<int>("out1", "Every fourth number")]
[Outbox<int>("out2", "Every fourth number")]
[Outbox<int>("out3", "Every fourth number")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Deal4 : Component, IOneToFour
{
    private readonly Outbox<int>[] _outputs;
    private int _turn;

    /// <summary>Creates the splitter.</summary>
    public Deal4() => _outputs = [Out0, Out1, Out2, Out3];

    /// <inheritdoc />
    public Outbox<int>[] Outputs => _outputs;

    /// <inheritdoc />
    public Inbox<int> Input => Inbox;

    [Handles("inbox")]
    private void OnNumber(int number) => _outputs[_turn++ & 3].Send(number);
}

/// <summary>Ping-pong: sends back every number it gets.</summary>
[Inbox<int>("inbox", "Pings")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pongs")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Ponger : Component
{
    [Handles("inbox")]
    private void OnPing(int number) => Outbox.Send(number);
}

/// <summary>Ping-pong: counts the pongs and sends the next ping until the rounds are done.</summary>
[Inbox<int>("inbox", "Pongs")]
[Inbox("control", "Shutdown signals")]
[Outbox<int>("outbox", "Pings")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Pinger : Component, IPinger
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
    private void OnPong(int number)
    {
        Sum += number;
        if (++Count < _rounds)
        {
            Outbox.Send(number + 1);
        }
    }
}
