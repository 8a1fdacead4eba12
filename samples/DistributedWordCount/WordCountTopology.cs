using Axon;
using Kamaelia.Chassis;
using Kamaelia.Nats;
using Kamaelia.Util;
using WordCount;

namespace DistributedWordCount;

/// <summary>
/// The two graphs of the distributed word count, built without running them (or connecting anywhere): the program
/// runs one of them, and the docs draw both (the test that keeps docs/distribution.md's picture true calls these).
/// </summary>
public static class WordCountTopology
{
    /// <summary>The producer: reads <paramref name="files"/>, splits them into words and publishes them on <paramref name="publish"/>.</summary>
    public static Graphline Producer(IReadOnlyList<string> files, NatsPublisherLink<string> publish)
    {
        // The publisher's inbox is bounded, so a slow connection holds the tokenizer (and the reader) back.
        publish.Inbox.SizeLimit = 1024;
        var tokenizer = new Tokenizer();
        tokenizer.Inbox.SizeLimit = 4;
        return new Graphline(
            components: new()
            {
                ["READER"] = new FileReader(files),
                ["TOKENIZER"] = tokenizer,
                ["FANOUT"] = new Fanout("publish", "digest"),
                ["PUBLISH"] = publish,
                ["DIGEST"] = new WordDigest("published"),
                ["PRINTER"] = new ConsoleEchoer(),
                ["PROGRESS"] = new ConsoleEchoer(tag: "progress: "),
                ["STATUS"] = new ConsoleEchoer(tag: "nats: "),
            },
            linkages: new()
            {
                [("self", "inbox")] = ("READER", "inbox"),
                [("READER", "outbox")] = ("TOKENIZER", "inbox"),
                [("TOKENIZER", "outbox")] = ("FANOUT", "inbox"),
                [("FANOUT", "publish")] = ("PUBLISH", "inbox"),
                [("FANOUT", "digest")] = ("DIGEST", "inbox"),
                [("DIGEST", "outbox")] = ("PRINTER", "inbox"),
                [("READER", "progress")] = ("PROGRESS", "inbox"),
                [("PUBLISH", "status")] = ("STATUS", "inbox"),
                [("READER", "signal")] = ("TOKENIZER", "control"),
                [("TOKENIZER", "signal")] = ("FANOUT", "control"),
                [("FANOUT", "signal")] = ("PUBLISH", "control"),
                [("PUBLISH", "signal")] = ("DIGEST", "control"),
                [("DIGEST", "signal")] = ("PRINTER", "control"),
                [("READER", "progress_signal")] = ("PROGRESS", "control"),
                [("PRINTER", "signal")] = ("STATUS", "control"),
            });
    }

    /// <summary>The worker: counts the words <paramref name="subscribe"/> receives and prints the report.</summary>
    public static Graphline Worker(NatsSubscriberLink<string> subscribe)
    {
        return new Graphline(
            components: new()
            {
                ["SUBSCRIBE"] = subscribe,
                ["FANOUT"] = new Fanout("counts", "lengths", "digest"),
                ["COUNTER"] = new WordCounter(top: 8),
                ["HISTOGRAM"] = new LengthHistogram(),
                ["DIGEST"] = new WordDigest("received"),
                ["PRINTER"] = new ConsoleEchoer(),
                ["STATUS"] = new ConsoleEchoer(tag: "nats: "),
            },
            linkages: new()
            {
                [("SUBSCRIBE", "outbox")] = ("FANOUT", "inbox"),
                [("FANOUT", "counts")] = ("COUNTER", "inbox"),
                [("FANOUT", "lengths")] = ("HISTOGRAM", "inbox"),
                [("FANOUT", "digest")] = ("DIGEST", "inbox"),
                [("COUNTER", "outbox")] = ("PRINTER", "inbox"),
                [("HISTOGRAM", "outbox")] = ("PRINTER", "inbox"),
                [("DIGEST", "outbox")] = ("PRINTER", "inbox"),
                [("SUBSCRIBE", "status")] = ("STATUS", "inbox"),
                [("SUBSCRIBE", "signal")] = ("FANOUT", "control"),
                [("FANOUT", "signal")] = ("COUNTER", "control"),
                [("COUNTER", "signal")] = ("HISTOGRAM", "control"),
                [("HISTOGRAM", "signal")] = ("DIGEST", "control"),
                [("DIGEST", "signal")] = ("PRINTER", "control"),
                [("PRINTER", "signal")] = ("STATUS", "control"),
            });
    }
}
