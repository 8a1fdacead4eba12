using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Documentation;

// The examples of docs/stream-utilities.md, run: keep the page's code equal to the code here.

public sealed class StreamUtilitiesExamples
{
    [Fact]
    public void APipelineOfStreamUtilities()
    {
        var printed = new StringWriter();
        new Pipeline(
            new DataSource<int>([5, 1, 5, 12, 3, 1]),
            new UnseenOnly<int>(),                // 5, 1, 12, 3
            new RangeFilter<int>((1, 5)),         // 5, 1, 3
            new TagWithSequenceNumber<int>(),     // (0, 5), (1, 1), (2, 3)
            new Stringify(),                      // "(0, 5)", "(1, 1)", "(2, 3)"
            new ConsoleEchoer(output: printed)).Run(new Scheduler());

        Assert.Equal("(0, 5)(1, 1)(2, 3)", printed.ToString());
    }

    [Fact]
    public void ALossyConnectorInFrontOfASlowConsumer()
    {
        var scheduler = new Scheduler();
        var display = new Stubborn();              // a consumer that has fallen behind: it takes nothing
        display.Inbox.SizeLimit = 2;               // and keeps at most two frames waiting
        var feed = new LossyConnector<int>();
        new Pipeline(feed, display).Activate(scheduler);
        foreach (var frame in Enumerable.Range(1, 5))
        {
            feed.Deliver(frame);
        }

        scheduler.RunPasses(10);
        Assert.Equal(3, feed.Dropped);             // frames 3, 4 and 5
    }
}
