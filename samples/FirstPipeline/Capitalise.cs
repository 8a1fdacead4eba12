using Axon;

namespace FirstPipeline;

/// <summary>Capitalises the first letter of every word it receives.</summary>
internal sealed class Capitalise : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            while (TryRecv("inbox", out var message))
            {
                Send(string.Join(' ', ((string)message!).Split(' ').Select(Word)), "outbox");
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

    private static string Word(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
