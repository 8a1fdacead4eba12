using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util.Streams;

public sealed class ComparatorTests
{
    [Fact]
    public void PairsAreComparedInOrderAndALoneValueIsCountedAtTheEnd()
    {
        var scheduler = new Scheduler();
        var comparator = new Comparator<int>();
        var sink = new Collector();
        foreach (var a in new[] { 1, 2, 3 })
        {
            comparator.Deliver(a, "inA");
        }

        comparator.Deliver(1, "inB");
        comparator.Deliver(5, "inB");
        comparator.Deliver(new ProducerFinished(), "control");
        TestSystem.Around(scheduler, comparator, sink);

        scheduler.RunWithin();

        Assert.Equal([true, false], sink.Received);
        Assert.Equal(1, comparator.Unpaired);
    }

    [Fact]
    public void AValueWaitsForItsPartnerAndTheComparerDecidesEquality()
    {
        var scheduler = new Scheduler();
        var comparator = new Comparator<string>(StringComparer.OrdinalIgnoreCase);
        var sink = new Collector();
        TestSystem.Around(scheduler, comparator, sink);
        comparator.Deliver("Hello", "inA");
        scheduler.RunPasses(10);
        Assert.Empty(sink.Received);

        comparator.Deliver("HELLO", "inB");
        scheduler.RunUntil(() => sink.Received.Count == 1);

        Assert.Equal([true], sink.Received);
    }

    [Fact]
    public void AValueOfTheWrongTypeIsRefused()
    {
        var comparator = new Comparator<int>();

        Assert.Throws<BoxTypeMismatchException>(() => comparator.Deliver("one", "inA"));
    }

    [Fact]
    public void ShutdownMicroprocessMidStreamStopsWithoutComparingWhatWaits()
    {
        var scheduler = new Scheduler();
        var comparator = new Comparator<int>();
        var sink = new Collector();
        TestSystem.Around(scheduler, comparator, sink);
        comparator.Deliver(1, "inA");
        comparator.Deliver(1, "inB");
        scheduler.RunUntil(() => sink.Received.Count == 1);
        var stop = new ShutdownMicroprocess();
        comparator.Deliver(2, "inA");
        comparator.Deliver(2, "inB");
        comparator.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Equal([true], sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
    }
}
