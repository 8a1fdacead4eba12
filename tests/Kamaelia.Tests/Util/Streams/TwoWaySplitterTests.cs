using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util.Streams;

public sealed class TwoWaySplitterTests
{
    [Fact]
    public void EveryMessageGoesToBothOutboxesAndBothSignalsFollow()
    {
        var scheduler = new Scheduler();
        var splitter = new TwoWaySplitter<int>();
        var first = new Collector();
        var second = new Collector();
        splitter.Deliver(1);
        splitter.Deliver(2);
        var finished = new ProducerFinished();
        splitter.Deliver(finished, "control");
        new TestSystem(splitter, first, second)
            .Chain(splitter, first)
            .Wire(splitter, "outbox2", second, "inbox")
            .Wire(splitter, "signal2", second, "control")
            .Activate(scheduler);

        scheduler.RunWithin();

        Assert.Equal([1, 2], first.Received);
        Assert.Equal([1, 2], second.Received);
        Assert.Same(finished, Assert.Single(first.Controls));
        Assert.Same(finished, Assert.Single(second.Controls));
    }

    [Fact]
    public void AFullSecondDestinationHoldsBothCopiesBack()
    {
        var scheduler = new Scheduler();
        var splitter = new TwoWaySplitter();
        var first = new Collector();
        var second = new Stubborn();
        second.Inbox.SizeLimit = 1;
        new TestSystem(splitter, first, second)
            .Chain(splitter, first)
            .Wire(splitter, "outbox2", second, "inbox")
            .Activate(scheduler);
        splitter.Deliver("a");
        splitter.Deliver("b");
        splitter.Deliver("c");

        scheduler.RunPasses(20);

        Assert.Equal(["a"], first.Received);
        Assert.Equal(["a"], second.Inbox.Peek());
        Assert.Equal(2, splitter.Inbox.Count);

        second.Inbox.Recv();
        scheduler.RunUntil(() => first.Received.Count == 2);
        Assert.Equal(["a", "b"], first.Received);
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamGoesOutOnBothSignalsAtOnce()
    {
        var scheduler = new Scheduler();
        var splitter = new TwoWaySplitter<string>();
        var first = new Collector();
        var second = new Collector();
        new TestSystem(splitter, first, second)
            .Chain(splitter, first)
            .Wire(splitter, "outbox2", second, "inbox")
            .Wire(splitter, "signal2", second, "control")
            .Activate(scheduler);
        splitter.Deliver("before");
        scheduler.RunUntil(() => second.Received.Count == 1);
        var stop = new ShutdownMicroprocess();
        splitter.Deliver("never", "inbox");
        splitter.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Equal(["before"], first.Received);
        Assert.Equal(["before"], second.Received);
        Assert.Same(stop, Assert.Single(first.Controls));
        Assert.Same(stop, Assert.Single(second.Controls));
    }

    [Fact]
    public void AFullControlInboxBehindSignal2DoesNotKeepItFromStoppingNow()
    {
        var scheduler = new Scheduler();
        var splitter = new TwoWaySplitter<int>();
        var first = new Collector();
        var second = new Stubborn();
        second.Control.SizeLimit = 1;
        second.Deliver("already waiting", "control");
        new TestSystem(splitter, first, second)
            .Chain(splitter, first)
            .Wire(splitter, "outbox2", second, "inbox")
            .Wire(splitter, "signal2", second, "control")
            .Activate(scheduler);
        var stop = new ShutdownMicroprocess();
        splitter.Deliver(stop, "control");

        scheduler.RunUntil(() => splitter.IsStopped && first.IsStopped);

        Assert.Same(stop, Assert.Single(first.Controls));
        Assert.Equal(["already waiting", stop], second.Control.Peek());
    }
}
