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
using WordCount;

var files = args.Length > 0
    ? args
    : Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.txt").Order(StringComparer.Ordinal).ToArray();

var reader = new FileReader(files);
var progress = new Backplane("progress");
var graph = WordCountGraph.Create(reader, progress);

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
