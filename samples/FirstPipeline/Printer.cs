using Axon;

namespace FirstPipeline;

/// <summary>Writes every message it receives as a line; stops on a shutdown signal.</summary>
internal sealed class Printer(TextWriter output) : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (TryRecv("inbox", out var message))
            {
                output.WriteLine(message);
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
