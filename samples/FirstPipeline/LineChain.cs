using Axon;

namespace FirstPipeline;

/// <summary>Links its children into a chain (outbox to inbox, signal to control) and ends when all have ended.</summary>
internal sealed class LineChain(params Component[] stages) : Component
{
    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i + 1 < stages.Length; i++)
        {
            Link((stages[i], "outbox"), (stages[i + 1], "inbox"));
            Link((stages[i], "signal"), (stages[i + 1], "control"));
        }

        AddChildren(stages);
        yield return new NewComponent(stages);

        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
