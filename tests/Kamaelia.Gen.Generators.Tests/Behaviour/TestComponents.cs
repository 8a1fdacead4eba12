using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour;

/// <summary>An inert source: tests send through its typed outboxes. Never activated.</summary>
[Outbox<string>("outbox")] [Outbox<int>("numbers")] [Outbox("signal")]
public sealed partial class Feeder : Component
{
}

/// <summary>An inert sink: what arrives waits in its typed inboxes for the test to read. Never activated.</summary>
[Inbox<string>("inbox")] [Inbox<object>("anything")]
public sealed partial class Sink : Component
{
    /// <summary>Everything waiting in "anything", oldest first, taken out.</summary>
    public List<object> TakeAnything()
    {
        var taken = new List<object>();
        while (Anything.TryRecv(out var message))
        {
            taken.Add(message);
        }

        return taken;
    }
}

/// <summary>
/// A handler component that writes down everything that happens to it: handled messages (the handlers are
/// written in the reverse of the inboxes' declaration order), its hooks, and its close-down.
/// </summary>
[Inbox<string>("first")] [Inbox<string>("second")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
public sealed partial class Recorder : Component
{
    public List<string> Log { get; } = [];

    /// <summary>A box whose message count the hooks write down, to show when the signal left.</summary>
    public Box? Watched { get; set; }

    [Handles("second")]
    void OnSecond(string message)
    {
        Log.Add("second " + message);
        Outbox.Send(message);
    }

    [Handles("first")]
    void OnFirst(string message)
    {
        Log.Add("first " + message);
        Outbox.Send(message);
    }

    partial void OnStart() => Log.Add("start");

    partial void OnShutdown() => Log.Add($"shutdown (watched holds {Watched?.Count})");

    protected override void OnClosedDown() => Log.Add($"closed (watched holds {Watched?.Count})");
}

/// <summary>Doubles numbers; typed boxes, so a graph links it with typed wiring.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class Doubler : Component
{
    [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n * 2);
}

/// <summary>Adds one; written by hand with no box attributes, so it has the four standard untyped boxes.</summary>
public sealed class Incrementer : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (TryRecv("inbox", out var message))
            {
                Send((int)message! + 1, "outbox");
            }

            if (TryRecv("control", out var control) && control is ShutdownSignal signal)
            {
                Send(signal, "signal");
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

/// <summary>Passes numbers on and writes down every control message it sees.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class ControlWatcher : Component
{
    public List<object> ControlSeen { get; } = [];

    [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n);

    [Handles("control")] void OnControl(object message) => ControlSeen.Add(message);
}

/// <summary>Doubles, then adds one: a typed child and a by-name child; control fanned out to both.</summary>
[Graphline]
[Link("self", "inbox", nameof(Double), "inbox")]
[Link(nameof(Double), "outbox", nameof(Increment), "inbox")]
[Link(nameof(Increment), "outbox", "self", "outbox")]
public sealed partial class DoubleThenIncrement : Component
{
    public Doubler Double { get; } = new();

    public Incrementer Increment { get; } = new();
}

/// <summary>Two watchers in a row; the second is controlled by the first's signal, so only the first gets the graph's control.</summary>
[Graphline]
[Link("self", "inbox", nameof(Front), "inbox")]
[Link(nameof(Front), "outbox", nameof(Back), "inbox")]
[Link(nameof(Front), "signal", nameof(Back), "control")]
[Link(nameof(Back), "outbox", "self", "outbox")]
public sealed partial class WatchedChain : Component
{
    public ControlWatcher Front { get; } = new();

    public ControlWatcher Back { get; } = new();
}

/// <summary>Children held in nullable properties: the generated wiring must compile without nullable warnings.</summary>
[Graphline]
[Link("self", "inbox", nameof(First), "inbox")]
[Link(nameof(First), "outbox", nameof(Second), "inbox")]
[Link(nameof(Second), "outbox", "self", "outbox")]
public sealed partial class NullablePair : Component
{
    public Doubler? First { get; init; } = new();

    public Doubler? Second { get; init; } = new();
}

/// <summary>A base that declares typed boxes and nothing else.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public partial class NumberStage : Component
{
}

/// <summary>A subclass with a handler and no declaration of its own: it has its base's typed boxes.</summary>
public sealed partial class InheritingDoubler : NumberStage
{
    [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n * 2);
}
