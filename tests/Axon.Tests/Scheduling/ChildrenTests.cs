using Axon.Tests.Support;

namespace Axon.Tests.Scheduling;

public sealed class ChildrenTests
{
    [Fact]
    public void AddingChildrenDoesNotActivateThem()
    {
        var scheduler = new Scheduler();
        var child = new Looper("child", []);
        var parent = new Probe(self => Script.Of(() => self.AddChildren(child)));
        parent.Activate(scheduler);

        scheduler.RunPasses(3);

        Assert.Equal(0, child.Steps);
        Assert.Null(child.Scheduler);
        Assert.Equal([child], parent.ChildComponents());
    }

    [Fact]
    public void ChildComponentsReturnsACopy()
    {
        var parent = new Idle();
        var first = new Idle();
        var second = new Idle();
        parent.AddChildren(first);

        var snapshot = parent.ChildComponents();
        parent.AddChildren(second);
        parent.RemoveChild(first);

        Assert.Equal([first], snapshot);
        Assert.Equal([second], parent.ChildComponents());
    }

    [Fact]
    public void AddingTheSameChildTwiceKeepsOneEntry()
    {
        var parent = new Idle();
        var child = new Idle();

        parent.AddChildren(child, child);
        parent.AddChildren(child);

        Assert.Single(parent.ChildComponents());
    }

    [Fact]
    public void ARemovedChildNoLongerWakesItsParentWhenItEnds()
    {
        var scheduler = new Scheduler();
        var child = new Probe(_ => Script.Of(() => { }, () => { }));
        var parentSteps = 0;
        var parent = new Probe(self => Script.Forever(() =>
        {
            parentSteps++;
            self.Pause();
        }));
        parent.AddChildren(child);
        parent.RemoveChild(child);
        parent.Activate(scheduler);
        child.Activate(scheduler);

        scheduler.RunPasses(5);

        Assert.True(child.IsStopped);
        Assert.Equal(1, parentSteps);
        Assert.Empty(parent.ChildComponents());
    }

    [Fact]
    public void RemoveChildRemovesTheLinksTheParentMadeToTheChildOnly()
    {
        var parent = new Idle();
        var child = new Idle();
        var stranger = new Idle();
        parent.AddChildren(child);
        var toChild = parent.Link((parent, "outbox"), (child, "inbox"));
        var fromChild = parent.Link((child, "outbox"), (parent, "inbox"));
        var toStranger = parent.Link((parent, "signal"), (stranger, "inbox"));
        var byChild = child.Link((child, "signal"), (parent, "control"));

        parent.RemoveChild(child);

        Assert.False(toChild.IsActive);
        Assert.False(fromChild.IsActive);
        Assert.True(toStranger.IsActive);
        Assert.True(byChild.IsActive);
    }
}
