using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>
/// Sends 0..count-1 and then ProducerFinished, written as a careful hand-written Main: when the next inbox is
/// full it waits to be woken by a collection and tries again (Kamaelia's noSpaceInBox loop).
/// </summary>
[Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class CountingSource(int count) : Component
{
    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i < count; i++)
        {
            while (!Outbox.TrySend(i))
            {
                Pause();
                yield return null;
            }
        }

        while (!Signal.TrySend(new ProducerFinished(this)))
        {
            Pause();
            yield return null;
        }
    }
}

/// <summary>Adds one to every number: the plainest handler component.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class AddOne : Component
{
    [Handles("inbox")] void OnNumber(int n) => Outbox.Send(n + 1);
}

/// <summary>Sends three messages for every one it takes: n*3, n*3+1, n*3+2.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class Triple : Component
{
    [Handles("inbox")]
    void OnNumber(int n)
    {
        for (var i = 0; i < 3; i++)
        {
            Outbox.Send((n * 3) + i);
        }
    }
}

/// <summary>Sends through the by-name API: the same holding rule as the typed accessor.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class ByNameRelay : Component
{
    [Handles("inbox")] void OnNumber(int n) => Send(n, "outbox");
}

/// <summary>
/// Takes one message per step and writes it down (a slow consumer), until ProducerFinished or
/// ShutdownMicroprocess arrives on control and nothing is left to take.
/// </summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox("signal")]
public sealed partial class SlowCollector : Component
{
    public List<int> Received { get; } = [];

    public ShutdownSignal? Shutdown { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            if (Inbox.TryRecv(out var n))
            {
                Received.Add(n);
            }
            else if (Shutdown is not null)
            {
                yield break;
            }

            if (Control.TryRecv(out var control) && control is ShutdownSignal signal)
            {
                Shutdown = signal;
            }

            if (Inbox.Count == 0 && Control.Count == 0 && Shutdown is null)
            {
                Pause();
            }

            yield return null;
        }
    }
}

/// <summary>Handles numbers asynchronously: each one after a real await, on whatever thread the await resumes.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class AsyncDoubler : Component
{
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>The threads the handler started on, in the component's step.</summary>
    public List<int> StepThreads { get; } = [];

    /// <summary>The threads the handler resumed on after its awaits.</summary>
    public List<int> ContinuationThreads { get; } = [];

    public int Overlaps { get; private set; }

    private bool _inHandler;

    [Handles("inbox")]
    async Task OnNumber(int n)
    {
        if (_inHandler)
        {
            Overlaps++;
        }

        _inHandler = true;
        StepThreads.Add(Environment.CurrentManagedThreadId);
        await Task.Delay(Delay);
        ContinuationThreads.Add(Environment.CurrentManagedThreadId);
        await Task.Yield();
        Outbox.Send(n * 2);
        _inHandler = false;
    }
}

/// <summary>A ValueTask handler that completes at once: the loop must cost next to nothing for it.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class ValueTaskRelay : Component
{
    [Handles("inbox")]
    ValueTask OnNumber(int n)
    {
        Outbox.Send(n);
        return default;
    }
}

/// <summary>Throws after its first await when it meets the number it is told to fail on.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class FailingAfterAwait(int failOn) : Component
{
    [Handles("inbox")]
    async ValueTask OnNumber(int n)
    {
        await Task.Yield();
        if (n == failOn)
        {
            throw new InvalidOperationException($"refused {n}");
        }

        Outbox.Send(n);
    }
}

/// <summary>Waits, without end, for the shutdown token: only ShutdownMicroprocess lets its handler finish.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class WaitsForCancellation : Component
{
    public bool Started { get; private set; }

    public bool SawCancellation { get; private set; }

    [Handles("inbox")]
    async Task OnNumber(int n, CancellationToken cancellation)
    {
        Started = true;
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            SawCancellation = true;
            throw;
        }

        Outbox.Send(n);
    }
}

/// <summary>Spreads each message over three steps, sending one part per step.</summary>
[Inbox<int>("inbox")] [Inbox("control")] [Outbox<int>("outbox")] [Outbox("signal")]
public sealed partial class ThreeSteps : Component
{
    public List<string> Log { get; } = [];

    [Handles("inbox")]
    IEnumerable<object?> OnNumber(int n)
    {
        for (var part = 0; part < 3; part++)
        {
            Log.Add($"{n}.{part}");
            Outbox.Send((n * 10) + part);
            yield return null;
        }
    }
}
