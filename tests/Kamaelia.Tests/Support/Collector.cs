namespace Kamaelia.Tests.Support;

/// <summary>
/// The test sink: records everything arriving on "inbox" and "control" (optionally into a shared log too); a
/// shutdown signal on "control" is forwarded on "signal" and ends it.
/// </summary>
[Inbox("inbox", "Messages to record")]
[Inbox("control", "Recorded; shutdown signals end the collector")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "The shutdown signal that ended it")]
internal sealed partial class Collector : Component
{
    private readonly List<object?>? _log;

    public Collector(List<object?>? log = null) => _log = log;

    public List<object?> Received { get; } = [];

    public List<object?> Controls { get; } = [];

    /// <summary>The most messages ever found waiting in "inbox" at the start of a step.</summary>
    public int MostWaiting { get; private set; }

    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            MostWaiting = Math.Max(MostWaiting, Inbox.Count);
            while (Inbox.TryRecv(out var message))
            {
                Received.Add(message);
                _log?.Add(message);
            }

            while (Control.TryRecv(out var control))
            {
                Controls.Add(control);
                _log?.Add(control);
                if (control is ShutdownSignal)
                {
                    Signal.Send(control);
                    yield break;
                }
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }
}
