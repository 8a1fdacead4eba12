using Axon;
using Kamaelia.Chassis;
using Kamaelia.Util;

namespace WordCount;

/// <summary>
/// The word count's graph, built without running it: the program runs it, and the docs draw it (the test that
/// keeps docs/guide.md's picture of it true calls <see cref="Create"/>).
/// </summary>
public static class WordCountGraph
{
    /// <summary>
    /// The graph around <paramref name="reader"/>, publishing its progress on <paramref name="progress"/>. The
    /// tokenizer's inbox holds at most 4 lines, so the reader is held back (it waits, it never drops a line).
    /// </summary>
    public static Graphline Create(FileReader reader, Backplane progress)
    {
        var tokenizer = new Tokenizer();
        tokenizer.Inbox.SizeLimit = 4;
        return new Graphline(
            components: new()
            {
                ["READER"] = reader,
                ["TOKENIZER"] = tokenizer,
                ["FANOUT"] = new Fanout("counts", "lengths"),
                ["COUNTER"] = new WordCounter(top: 8),
                ["HISTOGRAM"] = new LengthHistogram(),
                ["PRINTER"] = new ConsoleEchoer(),
                ["BACKPLANE"] = progress,
                ["PUBLISH"] = new PublishTo(progress.BackplaneName),
                ["SUBSCRIBE"] = new SubscribeTo(progress.BackplaneName),
                ["PROGRESS"] = new ConsoleEchoer(tag: "progress: ", output: Console.Out),
            },
            linkages: new()
            {
                [("self", "inbox")] = ("READER", "inbox"),
                [("READER", "outbox")] = ("TOKENIZER", "inbox"),
                [("TOKENIZER", "outbox")] = ("FANOUT", "inbox"),
                [("FANOUT", "counts")] = ("COUNTER", "inbox"),
                [("FANOUT", "lengths")] = ("HISTOGRAM", "inbox"),
                [("COUNTER", "outbox")] = ("PRINTER", "inbox"),
                [("HISTOGRAM", "outbox")] = ("PRINTER", "inbox"),
                [("READER", "signal")] = ("TOKENIZER", "control"),
                [("TOKENIZER", "signal")] = ("FANOUT", "control"),
                [("FANOUT", "signal")] = ("COUNTER", "control"),
                [("COUNTER", "signal")] = ("HISTOGRAM", "control"),
                [("HISTOGRAM", "signal")] = ("PRINTER", "control"),
                [("READER", "progress")] = ("PUBLISH", "inbox"),
                [("READER", "progress_signal")] = ("PUBLISH", "control"),
                [("PUBLISH", "signal")] = ("BACKPLANE", "control"),
                [("SUBSCRIBE", "outbox")] = ("PROGRESS", "inbox"),
                [("SUBSCRIBE", "signal")] = ("PROGRESS", "control"),
            });
    }
}
