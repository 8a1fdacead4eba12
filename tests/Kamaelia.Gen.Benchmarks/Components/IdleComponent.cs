using Axon;

namespace Kamaelia.Gen.Benchmarks.Components;

/// <summary>
/// The scale workload's component: no box declaration, so Axon's four standard untyped boxes (inbox, control,
/// outbox, signal). It passes inbox messages on, forwards a shutdown signal and ends, and sleeps otherwise.
/// </summary>
public sealed class IdleComponent : Component
{
    /// <inheritdoc />
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

            Pause();
            yield return null;
        }
    }
}

/// <summary>Sleeps until <see cref="Component.Unpause"/>, then sends ShutdownMicroprocess to each chain head and ends.</summary>
public sealed class ShutdownTrigger(IReadOnlyList<Component> heads) : Component
{
    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        Pause();
        yield return null;
        foreach (var head in heads)
        {
            head.Deliver(new ShutdownMicroprocess(), "control");
        }
    }
}
