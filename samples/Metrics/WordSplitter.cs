using Axon;

namespace MetricsSample;

/// <summary>Sends each word of every line it receives.</summary>
[Inbox<string>("inbox", "Lines of text")]
[Inbox("control", "Shutdown")]
[Outbox<string>("outbox", "One word per message")]
[Outbox("signal", "Shutdown, passed on")]
public sealed partial class WordSplitter : Component
{
    [Handles("inbox")]
    private void OnLine(string line)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Outbox.Send(word);
        }
    }
}
