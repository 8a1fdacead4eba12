using Axon.Tests.Support;

namespace Axon.Tests.Boxes;

public sealed class ResourceTrackingTests
{
    [Fact]
    public void ATrackedResourceIsRetrievedByItsInbox()
    {
        var component = new Idle();
        var connection = new object();
        var inbox = component.AddInbox<object>("client");

        component.TrackResource(connection, inbox.Name);

        Assert.Same(connection, component.RetrieveTrackedResource(inbox.Name));
    }

    [Fact]
    public void TrackingAnInboxAgainReplacesItsResource()
    {
        var component = new Idle();
        component.TrackResource("old", "inbox");

        component.TrackResource("new", "inbox");

        Assert.Equal("new", component.RetrieveTrackedResource("inbox"));
    }

    [Fact]
    public void RetrievingTheResourceOfAnUntrackedInboxThrowsKeyNotFound()
    {
        var component = new Idle();
        component.TrackResource("r", "inbox");

        var error = Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResource("control"));

        Assert.Contains("'control'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AResourceCannotBeTrackedAgainstAnInboxThatDoesNotExist()
    {
        var component = new Idle();

        Assert.Throws<UnknownBoxException>(() => component.TrackResource("r", "missing"));
        Assert.Throws<UnknownBoxException>(() => component.TrackResource("r", "outbox"));
        Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResource("missing"));
    }

    [Fact]
    public void DeletingAnInboxForgetsTheResourceTrackedForIt()
    {
        var component = new Idle();
        var inbox = component.AddInbox<object>("client");
        component.TrackResource("connection", inbox.Name);

        component.DeleteInbox(inbox.Name);

        Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResource(inbox.Name));
    }

    [Fact]
    public void ResourceInformationIsStoredWithItsBoxesAndReplacedWhenTrackedAgain()
    {
        var component = new Idle();
        var resource = new object();
        var inbox = component.AddInbox<object>("client");
        var outbox = component.AddOutbox<object>("reply");

        component.TrackResourceInformation(resource, [inbox.Name], [outbox.Name], "first");
        var first = component.RetrieveTrackedResourceInformation(resource);
        component.TrackResourceInformation(resource, [inbox.Name, "control"], [], "second");
        var second = component.RetrieveTrackedResourceInformation(resource);

        Assert.Equal([inbox.Name], first.Inboxes);
        Assert.Equal([outbox.Name], first.Outboxes);
        Assert.Equal("first", first.Information);
        Assert.Equal([inbox.Name, "control"], second.Inboxes);
        Assert.Empty(second.Outboxes);
        Assert.Equal("second", second.Information);
    }

    [Fact]
    public void ResourceInformationNamingABoxThatDoesNotExistIsRefusedAndNotStored()
    {
        var component = new Idle();

        Assert.Throws<UnknownBoxException>(() => component.TrackResourceInformation("r", ["inbox"], ["missing"], null));
        Assert.Throws<UnknownBoxException>(() => component.TrackResourceInformation("r", ["signal"], [], null));

        Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResourceInformation("r"));
    }

    [Fact]
    public void CeasingToTrackAResourceForgetsItsInformationOnce()
    {
        var component = new Idle();
        component.TrackResourceInformation("r", ["inbox"], ["outbox"], 42);

        component.CeaseTrackingResource("r");

        Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResourceInformation("r"));
        Assert.Throws<KeyNotFoundException>(() => component.CeaseTrackingResource("r"));
    }

    [Fact]
    public void CeasingToTrackAResourceThatWasNeverTrackedThrowsKeyNotFound()
    {
        var component = new Idle();

        Assert.Throws<KeyNotFoundException>(() => component.CeaseTrackingResource("never"));
        Assert.Throws<KeyNotFoundException>(() => component.RetrieveTrackedResourceInformation("never"));
    }
}
