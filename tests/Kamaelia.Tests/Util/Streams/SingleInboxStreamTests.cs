using System.Globalization;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Util.Streams;

/// <summary>The one-inbox stream utilities: what each passes on, what it counts, and how it meets bad input.</summary>
public sealed class SingleInboxStreamTests
{
    [Fact]
    public void TagWithSequenceNumberCountsFromZero()
    {
        var tagger = new TagWithSequenceNumber<string>();

        var received = RunToEnd(tagger, "a", "b", "c");

        Assert.Equal([(0L, "a"), (1L, "b"), (2L, "c")], received.Cast<(long, string)>());
        Assert.Equal(typeof((long Sequence, string Value)), tagger.Outbox.ElementType);
    }

    [Fact]
    public void FirstOnlyPassesTheFirstAndCountsTheRest()
    {
        var first = new FirstOnly<int>();

        var received = RunToEnd(first, 7, 8, 9);

        Assert.Equal([7], received);
        Assert.Equal(2, first.Ignored);
    }

    [Fact]
    public void UnseenOnlyDropsRepeatsAsItsComparerSeesThem()
    {
        var unseen = new UnseenOnly<string>(StringComparer.OrdinalIgnoreCase);

        var received = RunToEnd(unseen, "a", "A", "b", "a", "B", "c");

        Assert.Equal(["a", "b", "c"], received);
        Assert.Equal(3, unseen.Repeats);
        Assert.Equal(3, unseen.Distinct);
    }

    [Fact]
    public void UnseenOnlyTreatsNullAsOneValueWithoutAskingTheComparer()
    {
        var unseen = new UnseenOnly<string?>(new RefusesNull());

        var received = RunToEnd(unseen, null, "x", null);

        Assert.Equal([null, "x"], received);
        Assert.Equal(1, unseen.Repeats);
    }

    [Fact]
    public void StringifyFormatsInvariantlyUnlessToldOtherwise()
    {
        Assert.Equal(["1.5", "", "text", "42"], RunToEnd(new Stringify(), 1.5, null, "text", 42));
        Assert.Equal(["1,5"], RunToEnd(new Stringify(CultureInfo.GetCultureInfo("de-DE")), 1.5));
    }

    [Fact]
    public void RangeFilterPassesValuesInAnyRangeBothEndsIncluded()
    {
        var filter = new RangeFilter<int>((1, 3), (10, 12));

        var received = RunToEnd(filter, 0, 1, 3, 4, 11, 12, 13);

        Assert.Equal([1, 3, 11, 12], received);
        Assert.Equal(3, filter.Rejected);
    }

    [Fact]
    public void RangeFilterRejectsNull()
    {
        var filter = new RangeFilter<string>(("b", "d"));

        var received = RunToEnd(filter, "a", null, "c");

        Assert.Equal(["c"], received);
        Assert.Equal(2, filter.Rejected);
    }

    [Fact]
    public void RangeFilterRefusesRangesThatCannotMatch()
    {
        Assert.Throws<ArgumentException>(() => new RangeFilter<int>());
        var reversed = Assert.Throws<ArgumentException>(() => new RangeFilter<int>((1, 2), (5, 4)));
        Assert.Contains("(5, 4)", reversed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RangeFilter<string>((null!, "z")));
    }

    [Fact]
    public void MaxSendsTheLargestOfEachCollection()
    {
        Assert.Equal([9, 4], RunToEnd(new Max<int>(), new[] { 3, 9, 2 }, new List<int> { 4 }));
        Assert.Equal([2], RunToEnd(new Max<int>(Comparer<int>.Create((x, y) => y.CompareTo(x))), new[] { 3, 9, 2 }));
    }

    [Theory]
    [InlineData(false, "an empty collection")]
    [InlineData(true, "a null collection")]
    public void MaxFaultsOnACollectionWithNoLargestValueAndNamesItself(bool sendNull, string reported)
    {
        var scheduler = new Scheduler();
        var max = new Max<int>();
        var sink = new Collector();
        max.Deliver(sendNull ? null : Array.Empty<int>());
        TestSystem.Around(scheduler, max, sink);

        var fault = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Contains(reported, fault.InnerException?.Message, StringComparison.Ordinal);
        Assert.Contains(max.Name, fault.InnerException?.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Received);
    }

    public static TheoryData<string> Components => ["TagWithSequenceNumber", "FirstOnly", "UnseenOnly", "Stringify", "RangeFilter", "Max", "LossyConnector"];

    public static TheoryData<string> TypedComponents => ["TagWithSequenceNumber", "FirstOnly", "UnseenOnly", "RangeFilter", "Max", "LossyConnector"];

    [Theory]
    [MemberData(nameof(TypedComponents))]
    public void AValueOfTheWrongTypeIsRefusedWhenDelivered(string name)
    {
        var component = Make(name);

        Assert.Throws<BoxTypeMismatchException>(() => component.Deliver(new object()));
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void ShutdownMicroprocessMidStreamIsForwardedAndLeavesTheQueueUntouched(string name)
    {
        var scheduler = new Scheduler();
        var component = Make(name);
        var sink = new Collector();
        TestSystem.Around(scheduler, component, sink);
        component.Deliver(SampleFor(name));
        scheduler.RunUntil(() => sink.Received.Count == 1);
        var stop = new ShutdownMicroprocess();
        component.Deliver(SampleFor(name));
        component.Deliver(stop, "control");

        scheduler.RunWithin();

        Assert.Single(sink.Received);
        Assert.Same(stop, Assert.Single(sink.Controls));
        Assert.True(component.IsStopped);
        Assert.Equal(1, component.GetInbox("inbox").Count);
    }

    private static Component Make(string name) => name switch
    {
        "TagWithSequenceNumber" => new TagWithSequenceNumber<int>(),
        "FirstOnly" => new FirstOnly<int>(),
        "UnseenOnly" => new UnseenOnly<int>(),
        "Stringify" => new Stringify(),
        "RangeFilter" => new RangeFilter<int>((0, 100)),
        "Max" => new Max<int>(),
        "LossyConnector" => new LossyConnector<int>(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not one of the components under test."),
    };

    private static object SampleFor(string name) => name == "Max" ? new[] { 1 } : 1;

    private static List<object?> RunToEnd(Component component, params object?[] values)
    {
        var scheduler = new Scheduler();
        var sink = new Collector();
        foreach (var value in values)
        {
            component.Deliver(value);
        }

        var finished = new ProducerFinished();
        component.Deliver(finished, "control");
        TestSystem.Around(scheduler, component, sink);
        scheduler.RunWithin();
        Assert.Same(finished, Assert.Single(sink.Controls));
        return sink.Received;
    }

    private sealed class RefusesNull : IEqualityComparer<string?>
    {
        public bool Equals(string? x, string? y) => x is not null && y is not null ? x == y : throw new ArgumentNullException(nameof(x));

        public int GetHashCode(string? obj) => obj?.GetHashCode(StringComparison.Ordinal) ?? throw new ArgumentNullException(nameof(obj));
    }
}
