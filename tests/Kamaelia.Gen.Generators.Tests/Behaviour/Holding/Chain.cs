using Axon;

namespace Kamaelia.Gen.Generators.Tests.Behaviour.Holding;

/// <summary>Links components in a line (outbox to inbox, signal to control), every inbox limited as asked.</summary>
internal static class Chain
{
    /// <summary>Links the stages; the last one owns the links, so they last until everything has finished.</summary>
    public static void Link(int? inboxSize, params Component[] stages)
    {
        var owner = stages[^1];
        for (var i = 0; i + 1 < stages.Length; i++)
        {
            owner.Link((stages[i], "outbox"), (stages[i + 1], "inbox"));
            owner.Link((stages[i], "signal"), (stages[i + 1], "control"));
            stages[i + 1].SetInboxSize("inbox", inboxSize);
        }
    }

    /// <summary>Activates every stage and runs the scheduler to the end, failing the test if that takes too long.</summary>
    public static void Run(Scheduler scheduler, params Component[] stages)
    {
        foreach (var stage in stages)
        {
            stage.Activate(scheduler);
        }

        var run = Task.Factory.StartNew(scheduler.Run, TaskCreationOptions.LongRunning);
        if (Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))).GetAwaiter().GetResult() != run)
        {
            scheduler.Stop();
            Assert.Fail("The system did not finish within 30 seconds: " + string.Join(", ", stages.Where(s => !s.IsStopped).Select(s => s.Name)));
        }

        run.GetAwaiter().GetResult();
    }
}
