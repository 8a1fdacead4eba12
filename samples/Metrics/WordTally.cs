using Axon;

namespace MetricsSample;

/// <summary>Counts the words it receives.</summary>
[Inbox<string>("inbox", "Words")]
[Inbox("control", "Shutdown")]
[Outbox("outbox", "Nothing: the last stage of a pipeline")]
[Outbox("signal", "Shutdown, passed on")]
public sealed partial class WordTally : Component
{
    /// <summary>How many words arrived.</summary>
    public int Words { get; private set; }

    [Handles("inbox")]
    private void OnWord(string word) => Words++;
}
