using Axon;

namespace FirstPipeline;

/// <summary>Sends each line on "outbox", one per step, then ProducerFinished on "signal".</summary>
internal sealed class LineSource(IEnumerable<string> lines) : Component
{
    protected override IEnumerable<object?> Main()
    {
        foreach (var line in lines)
        {
            Send(line, "outbox");
            yield return null;
        }

        Send(new ProducerFinished(this), "signal");
    }
}
