namespace Kamaelia.Tests.Support;

/// <summary>A component with Axon's four standard boxes whose body is an iterator given by the test.</summary>
internal sealed class Scripted(Func<Scripted, IEnumerable<object?>> body) : Component
{
    protected override IEnumerable<object?> Main() => body(this);
}

/// <summary>Sleeps forever and ignores every message: a child that never honours shutdown.</summary>
[Inbox("inbox", "Ignored")]
[Inbox("control", "Ignored")]
[Outbox("outbox", "Not used")]
[Outbox("signal", "Not used")]
internal sealed partial class Stubborn : Component
{
    protected override IEnumerable<object?> Main()
    {
        while (true)
        {
            Pause();
            yield return null;
        }
    }
}

/// <summary>Has "inbox" and "outbox" only: not a valid stage for the chassis that link control and signal.</summary>
[Inbox("inbox", "Data")]
[Outbox("outbox", "Data")]
internal sealed partial class NoControlBoxes : Component
{
}

/// <summary>
/// Feeds a Carousel as Kamaelia's forward-iterating chooser does: sends an item on "outbox" for each request
/// on "inbox" (and the first one at once unless told to wait); once exhausted, answers the next request with
/// ProducerFinished on "signal" and ends.
/// </summary>
[Inbox("inbox", "Requests for the next item")]
[Inbox("control", "Not used")]
[Outbox("outbox", "The items")]
[Outbox("signal", "ProducerFinished when no item is left")]
internal sealed partial class Feeder : Component
{
    private readonly object[] _items;
    private readonly bool _sendFirstAtOnce;

    public Feeder(bool sendFirstAtOnce, params object[] items)
    {
        _items = items;
        _sendFirstAtOnce = sendFirstAtOnce;
    }

    public List<object?> Requests { get; } = [];

    protected override IEnumerable<object?> Main()
    {
        var next = 0;
        if (_sendFirstAtOnce)
        {
            Outbox.Send(_items[next++]);
        }

        while (true)
        {
            while (Inbox.TryRecv(out var request))
            {
                Requests.Add(request);
                if (next == _items.Length)
                {
                    Signal.Send(new ProducerFinished(this));
                    yield break;
                }

                Outbox.Send(_items[next++]);
            }

            Pause();
            yield return null;
        }
    }
}

/// <summary>Records the lines written to it, in the shared log, as "text:line".</summary>
internal sealed class LogWriter(List<object?> log) : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void WriteLine(string? value) => log.Add("text:" + value);

    public override void Write(char value) => throw new NotSupportedException("Only WriteLine(string) is recorded.");
}

/// <summary>
/// A reader whose every ReadLine waits until the test releases it (at most five seconds, then it throws), so a
/// test decides exactly when each line is read.
/// </summary>
internal sealed class GatedReader(params string[] lines) : TextReader
{
    private readonly Queue<string> _lines = new(lines);
    private readonly SemaphoreSlim _gate = new(0);
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Release() => _gate.Release();

    public override string? ReadLine()
    {
        if (!_gate.Wait(TimeSpan.FromSeconds(5)))
        {
            throw new TimeoutException("The test did not release this read.");
        }

        Interlocked.Increment(ref _reads);
        lock (_lines)
        {
            return _lines.TryDequeue(out var line) ? line : null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
