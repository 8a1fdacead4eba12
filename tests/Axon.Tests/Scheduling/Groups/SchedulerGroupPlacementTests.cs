using Axon.Tests.Support;

namespace Axon.Tests.Scheduling.Groups;

public sealed class SchedulerGroupPlacementTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void PlacingOnASchedulerIndexOutOfRangeNamesTheComponentAndTheValidIndexes()
    {
        var group = new SchedulerGroup(2);
        var component = new Idle();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => group.Place(component, 2));

        Assert.Contains(component.Name, error.Message);
        Assert.Contains("2 schedulers (indexes 0 to 1)", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => group.Activate(component, -1));
    }

    [Fact]
    public void PlacingAComponentAlreadyActivatedIsRefusedWithItsName()
    {
        var group = new SchedulerGroup(2);
        var component = new Idle();
        component.Activate(new Scheduler());

        var error = Assert.Throws<InvalidOperationException>(() => group.Place(component, 1));

        Assert.Contains(component.Name, error.Message);
        Assert.Contains("before activating", error.Message);
    }

    [Fact]
    public void APlacedComponentCannotBeActivatedOnASchedulerOutsideItsGroup()
    {
        var group = new SchedulerGroup(2);
        var component = group.Place(new Idle(), 1);

        var error = Assert.Throws<InvalidOperationException>(() => component.Activate(new Scheduler()));

        Assert.Contains(component.Name, error.Message);
        Assert.Null(component.Scheduler);
    }

    [Fact]
    public void TopLevelComponentsActivatedWithoutAnIndexAreDealtRoundRobin()
    {
        var group = new SchedulerGroup(3);
        var components = Enumerable.Range(0, 4).Select(_ => new NumberedSource(0, 1)).ToArray();

        group.RunWithin(Bound, components);

        Assert.Equal([group[0], group[1], group[2], group[0]], components.Select(c => c.Scheduler));
    }

    [Fact]
    public void SpreadCutsAChainIntoOneEvenRunPerScheduler()
    {
        var group = new SchedulerGroup(2);
        var source = new NumberedSource(0, 500, perStep: 20);
        var stages = Enumerable.Range(0, 4).Select(_ => new NumberedForwarder()).ToArray();
        var sink = new NumberedCollector();
        Component[] chain = [source, .. stages, sink];
        group.Spread(chain);

        group.RunWithin(Bound, group.Place(new Chain(chain), 1));

        Assert.Equal([group[0], group[0], group[0], group[1], group[1], group[1]], chain.Select(c => c.Scheduler));
        Assert.Equal(Enumerable.Range(0, 500), sink.Received.Select(m => m.Sequence));
    }

    [Fact]
    public void AGroupWithNothingToRunReturnsAtOnce()
    {
        var group = new SchedulerGroup(4);

        group.RunWithin(TimeSpan.FromSeconds(5));

        Assert.All(group.Schedulers, scheduler => Assert.Equal(0, scheduler.ComponentCount));
    }

    [Fact]
    public void EachSchedulerKnowsItsGroupAndIndex()
    {
        var group = new SchedulerGroup(3);

        Assert.Equal(3, group.Count);
        Assert.Equal([0, 1, 2], group.Schedulers.Select(s => s.GroupIndex));
        Assert.All(group.Schedulers, scheduler => Assert.Same(group, scheduler.Group));
        Assert.Null(new Scheduler().Group);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchedulerGroup(0));
    }
}
