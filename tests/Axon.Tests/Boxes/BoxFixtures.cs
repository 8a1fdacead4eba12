using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

/// <summary>A component with one typed inbox ("inbox") and one typed outbox ("outbox"), declared through its descriptor.</summary>
internal sealed class Typed<TIn, TOut> : Component
{
    private static readonly ComponentDescriptor s_descriptor = new(
        $"Typed<{TypeNames.Of(typeof(TIn))}, {TypeNames.Of(typeof(TOut))}>",
        [
            BoxDescriptor.Inbox<TIn>("inbox", "typed data in"),
            BoxDescriptor.Outbox<TOut>("outbox", "typed data out"),
        ]);

    public override ComponentDescriptor Descriptor => s_descriptor;

    public Inbox<TIn> In => GetInbox<TIn>("inbox");

    public Outbox<TOut> Out => GetOutbox<TOut>("outbox");
}

/// <summary>
/// Pauses on its first step, then stays awake and counts its steps: once something wakes it, it is seen awake
/// (<see cref="Component.IsPaused"/> false) after the next pass.
/// </summary>
internal sealed class Sleeper : Component
{
    public int Steps { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        Steps++;
        Pause();
        while (true)
        {
            yield return null;
            Steps++;
        }
    }
}

internal static class BoxFixtures
{
    /// <summary>Takes every message waiting in the inbox, oldest first.</summary>
    public static List<object?> DrainAll(this Component component, string inbox = "inbox")
    {
        var taken = new List<object?>();
        while (component.TryRecv(inbox, out var message))
        {
            taken.Add(message);
        }

        return taken;
    }

    /// <summary>
    /// Activates the components on a fresh scheduler and runs passes until each has paused itself and been
    /// dropped from the run queue.
    /// </summary>
    public static Scheduler Asleep(params Component[] components)
    {
        var scheduler = new Scheduler();
        foreach (var component in components)
        {
            component.Activate(scheduler);
        }

        scheduler.RunPasses(2);
        foreach (var component in components)
        {
            Assert.True(component.IsPaused, $"{component.Name} should have paused itself.");
        }

        return scheduler;
    }
}
