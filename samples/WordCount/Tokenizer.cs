using Axon;

namespace WordCount;

/// <summary>Splits each line into lower-case words.</summary>
[Inbox<string>("inbox", "Lines of text")]
[Inbox("control", "Shutdown signals")]
[Outbox<string>("outbox", "Words")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class Tokenizer : Component
{
    private static readonly char[] s_separators = [' ', '\t', '.', ',', ':', ';', '!', '?', '"', '(', ')'];

    [Handles("inbox")]
    private void OnLine(string line)
    {
        foreach (var word in line.Split(s_separators, StringSplitOptions.RemoveEmptyEntries))
        {
            Outbox.Send(word.ToLowerInvariant());
        }
    }
}
