using Axon.Tests.Support;

namespace Axon.Tests.Services;

public sealed class ComponentTrackerTests
{
    [Fact]
    public void AComponentUsesTheProcessWideTrackerUnlessGivenOne()
    {
        var component = new Idle();

        Assert.Same(CoordinatingAssistantTracker.Default, component.Tracker);
    }

    [Fact]
    public void AGivenTrackerReplacesTheDefaultForThatComponentOnly()
    {
        var own = new CoordinatingAssistantTracker();
        var component = new Idle { Tracker = own };
        var other = new Idle();

        Assert.Same(own, component.Tracker);
        Assert.Same(CoordinatingAssistantTracker.Default, other.Tracker);
    }

    [Fact]
    public void AComponentCanRegisterItselfThroughItsTracker()
    {
        var own = new CoordinatingAssistantTracker();
        var component = new Idle { Tracker = own };

        component.Tracker.RegisterService("me", component, "inbox");

        Assert.Same(component, own.RetrieveService("me").Component);
    }

    [Fact]
    public void SettingANullTrackerIsRefused()
    {
        var component = new Idle();

        Assert.Throws<ArgumentNullException>(() => component.Tracker = null!);
        Assert.Same(CoordinatingAssistantTracker.Default, component.Tracker);
    }
}
