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
    var graph = WordCountTopology.Producer(settings.Files, publish);
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
    return WordCountTopology.Worker(subscribe);
}
