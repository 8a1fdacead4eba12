using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util;

public sealed class FilterTests
{
    [Fact]
    public void OnlyAcceptedMessagesPassAndRejectionsAreCounted()
    {
        var scheduler = new Scheduler();
        var filter = new Filter(x => x is string s && s.StartsWith('k'));
        var sink = new Collector();
        foreach (var word in new object[] { "keep", "drop", 3, "kept" })
        {
            filter.Deliver(word);
        }

        var finished = new ProducerFinished();
        filter.Deliver(finished, "control");
        TestSystem.Around(scheduler, filter, sink);

        scheduler.RunWithin();

        Assert.Equal(["keep", "kept"], sink.Received);
        Assert.Equal(2, filter.Rejected);
        Assert.Same(finished, Assert.Single(sink.Controls));
    }
}
