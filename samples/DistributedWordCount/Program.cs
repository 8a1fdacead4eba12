// The WordCount demo split over two processes that meet through a NATS server:
//
//   producer: reader --lines--> tokenizer --words--> fanout --> NatsPublishTo("wordcount.words")
//                                                          \--> digest --> printer
//   worker:   NatsSubscribeTo("wordcount.words") --> fanout --> counter ----\
//                                                          |--> histogram --> printer
//                                                          \--> digest -----/
//
// ProducerFinished crosses too: the publisher sends an end-of-stream marker after the last word, the
// subscriber turns it back into ProducerFinished, and the worker's graph shuts down as WordCount's does.
// With --durable the words go through a JetStream stream, so the worker may start after the producer, or be
// restarted, and the broker may be restarted mid-stream, without losing or repeating a word.
using Axon;
using DistributedWordCount;
using Kamaelia.Chassis;
using Kamaelia.Nats;
using Kamaelia.Util;
using WordCount;

if (Settings.Parse(args) is not { } settings)
{
    return 2;
}

// The words' serializer is registered by the source generator, which sees the NATS links below.
var graph = settings.Role == "producer" ? Producer(settings) : Worker(settings);
var scheduler = new Scheduler();
graph.Activate(scheduler);
try
{
    scheduler.Run();
}
catch (ComponentFaultedException fault)
{
    Console.Error.WriteLine($"{settings.Role} failed: {fault.InnerException?.Message ?? fault.Message}");
    return 1;
}

return 0;

static Graphline Producer(Settings settings)
{
    NatsPublisherLink<string> publish = settings.Durable
        ? new NatsDurablePublishTo<string>(settings.Subject, settings.NatsOptions)
        : new NatsPublishTo<string>(settings.Subject, settings.NatsOptions);

    // The publisher's inbox is bounded, so a slow connection holds the tokenizer (and the reader) back.
    publish.Inbox.SizeLimit = 1024;
    var tokenizer = new Tokenizer();
    tokenizer.Inbox.SizeLimit = 4;
    var graph = new Graphline(
        components: new()
        {
            ["READER"] = new FileReader(settings.Files),
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
    graph.Deliver("start");
    return graph;
}

static Graphline Worker(Settings settings)
{
    NatsSubscriberLink<string> subscribe = settings.Durable
        ? new NatsDurableSubscribeTo<string>(settings.Subject, settings.DurableName, settings.NatsOptions)
        : new NatsSubscribeTo<string>(settings.Subject, settings.NatsOptions);
    subscribe.Subscribed.ContinueWith(
        _ => Console.WriteLine($"worker: subscribed to {settings.Subject} at {settings.Url}"),
        TaskContinuationOptions.OnlyOnRanToCompletion);
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
