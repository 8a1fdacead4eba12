namespace Axon;

public abstract partial class Component
{
    private ResourceTracking? ResourceTracking
    {
        get => _rarelyUsed?.ResourceTracking;
        set => RarelyUsed.ResourceTracking = value;
    }

    /// <summary>Records that an inbox serves a resource (a connection, a subscriber).</summary>
    public void TrackResource(object resource, string inbox)
    {
        ArgumentNullException.ThrowIfNull(resource);
        GetInbox(inbox);
        (ResourceTracking ??= new()).Track(resource, inbox);
    }

    /// <summary>The resource an inbox serves; <see cref="KeyNotFoundException"/> if none was recorded.</summary>
    public object RetrieveTrackedResource(string inbox) => (ResourceTracking ??= new()).Retrieve(this, inbox);

    /// <summary>Records the boxes and information that belong to a resource; every box must exist.</summary>
    public void TrackResourceInformation(object resource, IReadOnlyList<string> inboxes, IReadOnlyList<string> outboxes, object? information)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(inboxes);
        ArgumentNullException.ThrowIfNull(outboxes);
        foreach (var inbox in inboxes)
        {
            GetInbox(inbox);
        }

        foreach (var outbox in outboxes)
        {
            GetOutbox(outbox);
        }

        (ResourceTracking ??= new()).TrackInformation(resource, new TrackedResourceInformation([.. inboxes], [.. outboxes], information));
    }

    /// <summary>The boxes and information recorded for a resource.</summary>
    public TrackedResourceInformation RetrieveTrackedResourceInformation(object resource) =>
        (ResourceTracking ??= new()).RetrieveInformation(this, resource);

    /// <summary>Forgets a resource's information; <see cref="KeyNotFoundException"/> if none was recorded.</summary>
    public void CeaseTrackingResource(object resource) => (ResourceTracking ??= new()).Cease(this, resource);
}
