using System.Text;
using Kamaelia.Internet;
using Kamaelia.Tests.Support;

namespace Kamaelia.Tests.Internet;

public sealed class LineSplitterTests
{
    [Fact]
    public void LinesSplitAnywhereComeOutWholeAndTheLastOneOnProducerFinished()
    {
        var scheduler = new Scheduler();
        var splitter = new LineSplitter();
        var sink = new Collector();
        var text = Encoding.UTF8.GetBytes("first\r\nsecond: caf\u00e9\nthird without an end");
        foreach (var cut in new[] { (0, 3), (3, 5), (8, 13), (21, text.Length - 21) })
        {
            splitter.Deliver(text.AsSpan(cut.Item1, cut.Item2).ToArray(), "inbox");
        }

        var finished = new ProducerFinished();
        splitter.Deliver(finished, "control");
        TestSystem.Around(scheduler, splitter, sink);

        scheduler.RunWithin();

        Assert.Equal(["first", "second: caf\u00e9", "third without an end"], sink.Received);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }

    [Fact]
    public void ALineLongerThanTheLimitIsAClearError()
    {
        var scheduler = new Scheduler();
        var splitter = new LineSplitter { MaxLineLength = 8 };
        splitter.Deliver("12345"u8.ToArray(), "inbox");
        splitter.Deliver("6789\n"u8.ToArray(), "inbox");
        TestSystem.Around(scheduler, splitter, new Collector());

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        var error = Assert.IsType<MessageTooLargeException>(fault.InnerException);
        Assert.Contains(splitter.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxLineLength", error.Message, StringComparison.Ordinal);
    }
}
