using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class SeqTests
{
    [Fact]
    public void ItemsRunInOrderWithStringsWrittenToTheOutputThenProducerFinished()
    {
        var scheduler = new Scheduler();
        var log = new List<object?>();
        var seq = new Seq("start", new DataSource([1, 2]), "middle", new DataSource([3]), "end") { Output = new LogWriter(log) };
        var sink = new Collector(log);
        TestSystem.Around(scheduler, seq, sink);

        scheduler.RunWithin();

        Assert.Equal(["text:start", 1, 2, "text:middle", 3, "text:end"], log.Take(6));
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(seq, signal.Caller);
        Assert.Equal(7, log.Count);
    }

    [Fact]
    public void TheSeqsInboxFeedsTheCurrentItemAndItemSignalsDoNotShutDownWhatFollows()
    {
        var scheduler = new Scheduler();
        var first = new TriggeredOneShot("one");
        var second = new TriggeredOneShot("two");
        var seq = new Seq(first, second);
        var sink = new Collector();
        TestSystem.Around(scheduler, seq, sink);

        seq.Deliver("go");
        scheduler.RunUntil(() => first.IsStopped && sink.Received.Count == 1);
        Assert.False(second.IsStopped);
        Assert.Empty(sink.Controls);
        seq.Deliver("go");
        scheduler.RunWithin();

        Assert.Equal(["one", "two"], sink.Received);
        var signal = Assert.IsType<ProducerFinished>(Assert.Single(sink.Controls));
        Assert.Same(seq, signal.Caller);
    }

    [Fact]
    public void AnItemThatIsNeitherAComponentNorAStringIsRejected() =>
        Assert.Throws<ArgumentException>(() => new Seq("fine", 42));
}
