using Axon;

namespace WordCount;

/// <summary>
/// Reads text files line by line on its own thread (file reading blocks, so it is a threaded component) and
/// sends each line on "outbox". When its destination is full it waits instead of dropping lines, and counts
/// how often it had to. Reports each finished file on "progress".
/// </summary>
[Inbox("inbox", "Any message starts the reading")]
[Inbox("control", "Not used")]
[Outbox<string>("outbox", "Each line of each file")]
[Outbox<string>("progress", "A report when a file has been read")]
[Outbox("signal", "ProducerFinished when every file has been read")]
[Outbox("progress_signal", "ProducerFinished for the progress backplane")]
public sealed partial class FileReader(IReadOnlyList<string> paths) : ThreadedComponent(queueLength: 8)
{
    private int _waits;

    /// <summary>How many times the reader waited for room downstream.</summary>
    public int Waits => Volatile.Read(ref _waits);

    /// <inheritdoc />
    protected override void ThreadMain()
    {
        Inbox.Recv();
        foreach (var path in paths)
        {
            var lines = 0;
            foreach (var line in File.ReadLines(path))
            {
                SendWhenRoom(line, Outbox);
                lines++;
            }

            SendWhenRoom($"read {Path.GetFileName(path)}: {lines} lines\n", Progress);
        }

        SendWhenRoom<object>(new ProducerFinished(this), Signal);
        SendWhenRoom<object>(new ProducerFinished(this), ProgressSignal);
    }

    private void SendWhenRoom<T>(T message, Outbox<T> outbox)
    {
        while (!outbox.TrySend(message))
        {
            Interlocked.Increment(ref _waits);
            Pause(TimeSpan.FromSeconds(1));
        }
    }
}
