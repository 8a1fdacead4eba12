namespace Axon.Tests.Services;

public sealed class TrackedValueTests
{
    [Fact]
    public void ATrackedValueCanBeReadAndUpdated()
    {
        var tracker = new CoordinatingAssistantTracker();

        tracker.TrackValue("count", 1);
        Assert.Equal(1, tracker.RetrieveValue("count"));

        tracker.UpdateValue("count", 2);
        Assert.Equal(2, tracker.RetrieveValue("count"));
    }

    [Fact]
    public void NullIsATrackedValueLikeAnyOther()
    {
        var tracker = new CoordinatingAssistantTracker();

        tracker.TrackValue("nothing", null);

        Assert.Null(tracker.RetrieveValue("nothing"));
        Assert.Contains("nothing", tracker.InformationItemsLogged());
    }

    [Fact]
    public void TrackingANameTwiceThrowsNamespaceClashAndKeepsTheFirstValue()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.TrackValue("name", "first");

        var thrown = Assert.Throws<NamespaceClashException>(() => tracker.TrackValue("name", "second"));

        Assert.Equal("name", thrown.ValueName);
        Assert.Equal("first", tracker.RetrieveValue("name"));
    }

    [Fact]
    public void UpdatingAnUntrackedNameThrowsAccessToUndeclaredTrackedVariable()
    {
        var tracker = new CoordinatingAssistantTracker();

        var thrown = Assert.Throws<AccessToUndeclaredTrackedVariableException>(() => tracker.UpdateValue("ghost", 1));

        Assert.Equal("ghost", thrown.ValueName);
        Assert.Empty(tracker.InformationItemsLogged());
    }

    [Fact]
    public void ReadingAnUntrackedNameThrowsAccessToUndeclaredTrackedVariable()
    {
        var tracker = new CoordinatingAssistantTracker();

        var thrown = Assert.Throws<AccessToUndeclaredTrackedVariableException>(() => tracker.RetrieveValue("ghost"));

        Assert.Equal("ghost", thrown.ValueName);
    }

    [Fact]
    public void InformationItemsLoggedListsTheTrackedNames()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.TrackValue("x", 1);
        tracker.TrackValue("y", 2);
        tracker.UpdateValue("x", 3);

        Assert.Equal(["x", "y"], tracker.InformationItemsLogged().Order());
    }

    [Fact]
    public void ValuesAndServicesLiveInSeparateNamespaces()
    {
        var tracker = new CoordinatingAssistantTracker();
        tracker.TrackValue("shared", 1);

        tracker.RegisterService("shared", new Axon.Tests.Support.Idle(), "inbox");

        Assert.Equal(1, tracker.RetrieveValue("shared"));
        Assert.Equal("inbox", tracker.RetrieveService("shared").Inbox);
    }
}
