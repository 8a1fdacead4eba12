namespace Axon.Tests.Support;

/// <summary>A component with the standard boxes whose body is given as an iterator function.</summary>
internal sealed class ScriptedComponent(Func<ScriptedComponent, IEnumerable<object?>> body) : Component
{
    public Func<ScriptedComponent, IEnumerable<object?>> Body { get; } = body;

    protected override IEnumerable<object?> Main() => Body(this);
}

/// <summary>A component with the standard boxes that stays alive, sleeping, until told to stop.</summary>
internal class Idle : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            Pause();
            yield return null;
        }
    }
}

/// <summary>Collects everything that arrives on "inbox" until a shutdown signal arrives on "control".</summary>
internal class Collector : Component
{
    public List<object?> Received { get; } = [];

    public int Steps { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            Steps++;
            while (TryRecv("inbox", out var message))
            {
                Received.Add(message);
            }

            if (TryRecv("control", out var control) && control is ShutdownSignal)
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

/// <summary>Sends the given messages on "outbox", one per step, then ProducerFinished on "signal".</summary>
internal class Source(params object?[] messages) : Component
{
    protected override IEnumerable<object?> Main()
    {
        foreach (var message in messages)
        {
            Send(message, "outbox");
            yield return null;
        }

        Send(new ProducerFinished(this), "signal");
    }
}

/// <summary>Forwards inbox to outbox and honours the shutdown convention.</summary>
internal class Forwarder : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (TryRecv("inbox", out var message))
            {
                Send(message, "outbox");
            }

            if (TryRecv("control", out var control) && control is ShutdownSignal)
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
