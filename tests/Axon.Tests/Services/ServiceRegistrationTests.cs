using Axon.Tests.Support;

namespace Axon.Tests.Services;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void ARegisteredServiceIsRetrievedAsItsComponentAndInbox()
    {
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();

        tracker.RegisterService("echo", provider, "control");

        var (component, inbox) = tracker.RetrieveService("echo");
        Assert.Same(provider, component);
        Assert.Equal("control", inbox);
    }

    [Fact]
    public void ARetrievedServiceCanBeLinkedTo()
    {
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();
        var client = new Idle();
        tracker.RegisterService("sink", provider, "inbox");

        client.Link((client, "outbox"), tracker.RetrieveService("sink"));
        client.Send("hello");

        Assert.Equal("hello", provider.Recv("inbox"));
    }

    [Fact]
    public void RegisteringANameTwiceThrowsServiceAlreadyExistsEvenWithTheSameArguments()
    {
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();
        tracker.RegisterService("name", provider, "inbox");

        var thrown = Assert.Throws<ServiceAlreadyExistsException>(() => tracker.RegisterService("name", provider, "inbox"));

        Assert.Equal("name", thrown.ServiceName);
        Assert.Same(provider, tracker.RetrieveService("name").Component);
    }

    [Fact]
    public void RegisteringAnInboxTheComponentLacksThrowsBadInbox()
    {
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();

        var thrown = Assert.Throws<BadInboxException>(() => tracker.RegisterService("svc", provider, "outbox"));

        Assert.Same(provider, thrown.Component);
        Assert.Equal("outbox", thrown.InboxName);
        Assert.Empty(tracker.ServicesRegistered());
    }

    [Fact]
    public void RetrievingAnUnknownServiceThrowsUnknownService()
    {
        var tracker = new CoordinatingAssistantTracker();

        var thrown = Assert.Throws<UnknownServiceException>(() => tracker.RetrieveService("nobody"));

        Assert.Equal("nobody", thrown.ServiceName);
    }

    [Fact]
    public void TryRetrieveServiceReportsWhetherTheNameIsRegistered()
    {
        var tracker = new CoordinatingAssistantTracker();
        var provider = new Idle();
        tracker.RegisterService("here", provider, "inbox");

        Assert.True(tracker.TryRetrieveService("here", out var found));
        Assert.Same(provider, found.Component);
        Assert.False(tracker.TryRetrieveService("absent", out _));
    }

    [Fact]
    public void ADeregisteredServiceIsGoneAndItsNameFree()
    {
        var tracker = new CoordinatingAssistantTracker();
        var first = new Idle();
        var second = new Idle();
        tracker.RegisterService("svc", first, "inbox");

        tracker.DeregisterService("svc");

        Assert.Throws<UnknownServiceException>(() => tracker.RetrieveService("svc"));
        tracker.RegisterService("svc", second, "inbox");
        Assert.Same(second, tracker.RetrieveService("svc").Component);
    }

    [Fact]
    public void DeregisteringTwiceThrowsMultipleServiceDeletion()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.RegisterService("svc", new Idle(), "inbox");
        tracker.DeregisterService("svc");

        var thrown = Assert.Throws<MultipleServiceDeletionException>(() => tracker.DeregisterService("svc"));

        Assert.Equal("svc", thrown.ServiceName);
    }

    [Fact]
    public void ServicesRegisteredListsTheCurrentNames()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.RegisterService("a", new Idle(), "inbox");
        tracker.RegisterService("b", new Idle(), "control");
        tracker.RegisterService("c", new Idle(), "inbox");
        tracker.DeregisterService("b");

        Assert.Equal(["a", "c"], tracker.ServicesRegistered().Order());
    }

    [Fact]
    public void TrackerInstancesAreIndependent()
    {
        var one = new CoordinatingAssistantTracker();
        var other = new CoordinatingAssistantTracker();

        one.RegisterService("svc", new Idle(), "inbox");
        one.TrackValue("value", 1);

        Assert.Empty(other.ServicesRegistered());
        Assert.Empty(other.InformationItemsLogged());
        other.RegisterService("svc", new Idle(), "inbox");
    }

    [Fact]
    public void ZapForgetsEveryServiceAndValue()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.RegisterService("svc", new Idle(), "inbox");
        tracker.TrackValue("value", 1);

        tracker.Zap();

        Assert.Empty(tracker.ServicesRegistered());
        Assert.Empty(tracker.InformationItemsLogged());
        Assert.Throws<UnknownServiceException>(() => tracker.RetrieveService("svc"));
        tracker.TrackValue("value", 2);
        Assert.Equal(2, tracker.RetrieveValue("value"));
    }
}
