using Axon;

namespace WordCount;

/// <summary>Counts words; when the stream finishes, sends the most frequent ones as a report.</summary>
[Inbox<object>("inbox", "Words")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "The report")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class WordCounter(int top) : Component
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    [Handles("inbox")]
    private void OnWord(object word)
    {
        var text = (string)word;
        _counts[text] = _counts.GetValueOrDefault(text) + 1;
    }

    partial void OnShutdown()
    {
        var lines = _counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(c => $"  {c.Key,-12} {c.Value,4}");
        Outbox.Send($"{_counts.Count} different words; the {top} most frequent:\n{string.Join('\n', lines)}\n");
    }
}
