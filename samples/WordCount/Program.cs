// Counts the words of some text files with a graph of components:
//
//   reader --lines--> tokenizer --words--> fanout --counts--> counter --\
//                                                \--lengths--> histogram --> printer
//   reader --progress--> PublishTo("progress") ==Backplane==> SubscribeTo("progress") --> progress printer
//
// The tokenizer's inbox holds at most 4 lines, so the reader is held back (it waits, it never drops a line).
// Shutdown travels along signal -> control links; the Graphline ends when every child has.
// The reader waits for a "start" message, sent into the graph's inbox (see below).
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Util;
using WordCount;

var files = args.Length > 0
    ? args
    : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.txt").Order(StringComparer.Ordinal).ToArray();

var reader = new FileReader(files);
var tokenizer = new Tokenizer();
tokenizer.Inbox.SizeLimit = 4;

var progress = new Backplane("progress");
var graph = new Graphline(
    components: new()
    {
        ["READER"] = reader,
        ["TOKENIZER"] = tokenizer,
        ["FANOUT"] = new Fanout("counts", "lengths"),
        ["COUNTER"] = new WordCounter(top: 8),
        ["HISTOGRAM"] = new LengthHistogram(),
        ["PRINTER"] = new ConsoleEchoer(),
        ["BACKPLANE"] = progress,
        ["PUBLISH"] = new PublishTo("progress"),
        ["SUBSCRIBE"] = new SubscribeTo("progress"),
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

// Publish/subscribe does not replay what was published before a subscriber joined, so step the scheduler
// until the progress subscriber is plugged in, then tell the reader to start and run to the end.
var scheduler = new Scheduler();
graph.Activate(scheduler);
while (progress.SubscriberCount == 0)
{
    scheduler.RunPass();
}

graph.Deliver("start");
scheduler.Run();
Console.WriteLine($"backpressure: the reader waited {reader.Waits} times for the tokenizer");
