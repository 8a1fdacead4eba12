using Axon;

namespace WordCount;

/// <summary>Counts words by length; when the stream finishes, sends a histogram.</summary>
[Inbox<object>("inbox", "Words")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "The histogram")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class LengthHistogram : Component
{
    private readonly SortedDictionary<int, int> _byLength = [];

    [Handles("inbox")]
    private void OnWord(object word)
    {
        var length = ((string)word).Length;
        _byLength[length] = _byLength.GetValueOrDefault(length) + 1;
    }

    partial void OnShutdown()
    {
        var widest = _byLength.Values.DefaultIfEmpty(1).Max();
        var rows = _byLength.Select(b => $"  {b.Key,2} letters {new string('#', Math.Max(1, b.Value * 40 / widest))} {b.Value}");
        Outbox.Send($"word lengths:\n{string.Join('\n', rows)}\n");
    }
}
