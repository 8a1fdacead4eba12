namespace Axon.Tests.Scheduling.Groups;

public sealed class CrossSchedulerBackpressureTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void ASenderThatDoesNotHoldGetsNoSpaceNamingTheFullInboxOnTheOtherScheduler()
    {
        var group = new SchedulerGroup(2);
        var source = group.Place(new NumberedSource(0, 3, perStep: 3), 0);
        var sink = group.Place(new NumberedCollector(), 1);
        sink.GetInbox<object>("inbox").SizeLimit = 2;

        var failure = Assert.Throws<ComponentFaultedException>(() => group.RunWithin(Bound, new Chain(source, sink)));

        Assert.Same(source, failure.Component);
        var noSpace = Assert.IsType<NoSpaceInBoxException>(failure.InnerException);
        Assert.Same(sink.GetInbox("inbox"), noSpace.Box);
        Assert.Contains(sink.Name, noSpace.Message);
        Assert.Equal(2, noSpace.Limit);
    }

    [Fact]
    public void ASenderThatWaitsForRoomIsWokenWhenRoomIsMadeAndTheInboxNeverExceedsItsLimit()
    {
        var group = new SchedulerGroup(2);
        var source = group.Place(new NumberedSource(0, 2_000, perStep: 10, waitForRoom: true), 0);
        var sink = group.Place(new NumberedCollector(perStep: 1), 1);
        sink.GetInbox<object>("inbox").SizeLimit = 5;

        group.RunWithin(Bound, new Chain(source, sink));

        Assert.Equal(Enumerable.Range(0, 2_000), sink.Received.Select(m => m.Sequence));
        Assert.InRange(sink.MostWaiting, 1, 5);
    }

    [Fact]
    public void AHoldingSenderHoldsWhatTheFullLinkCannotTakeAndDeliversItInOrder()
    {
        var group = new SchedulerGroup(2);
        var source = group.Place(new HoldingSource(1_000), 0);
        var sink = group.Place(new NumberedCollector(perStep: 3), 1);
        sink.GetInbox<object>("inbox").SizeLimit = 8;

        group.RunWithin(Bound, new Chain(source, sink));

        Assert.Equal(Enumerable.Range(0, 1_000), sink.Received.Select(m => m.Sequence));
        Assert.Equal(1_000 - 8, source.MostHeld);
        Assert.InRange(sink.MostWaiting, 1, 8);
    }

    [Fact]
    public void AnInboxWithNoLimitTakesEverythingSentAcrossEvenWhenTheLinkIsFull()
    {
        var group = new SchedulerGroup(2) { LinkCapacity = 4 };
        var source = group.Place(new NumberedSource(0, 10_000, perStep: 10_000), 0);
        var sink = group.Place(new NumberedCollector(), 1);

        group.RunWithin(Bound, new Chain(source, sink));

        Assert.Equal(Enumerable.Range(0, 10_000), sink.Received.Select(m => m.Sequence));
    }

    [Fact]
    public void AForwarderBetweenTwoLimitedInboxesOnThreeSchedulersPassesEverythingOnInOrder()
    {
        var group = new SchedulerGroup(3);
        var source = group.Place(new NumberedSource(0, 3_000, perStep: 50, waitForRoom: true), 0);
        var middle = group.Place(new NumberedForwarder(perStep: 7), 1);
        var sink = group.Place(new NumberedCollector(perStep: 2), 2);
        middle.GetInbox<object>("inbox").SizeLimit = 3;
        sink.GetInbox<object>("inbox").SizeLimit = 4;

        group.RunWithin(Bound, new Chain(source, middle, sink));

        Assert.Equal(Enumerable.Range(0, 3_000), sink.Received.Select(m => m.Sequence));
        Assert.InRange(sink.MostWaiting, 1, 4);
    }
}
