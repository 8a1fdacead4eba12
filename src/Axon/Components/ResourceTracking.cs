namespace Axon;

/// <summary>
/// Axon's resource tracking for components that add boxes at run time: which resource an inbox serves
/// (a connection, a subscriber), and what boxes and information belong to a resource.
/// </summary>
internal sealed class ResourceTracking
{
    private readonly Dictionary<string, object> _resourceByInbox = new(StringComparer.Ordinal);
    private readonly Dictionary<object, TrackedResourceInformation> _informationByResource = [];

    public void Track(object resource, string inbox) => _resourceByInbox[inbox] = resource;

    public object Retrieve(Component owner, string inbox) =>
        _resourceByInbox.TryGetValue(inbox, out var resource)
            ? resource
            : throw new KeyNotFoundException($"{owner.Name} tracks no resource for inbox '{inbox}'.");

    public void TrackInformation(object resource, TrackedResourceInformation information) =>
        _informationByResource[resource] = information;

    public TrackedResourceInformation RetrieveInformation(Component owner, object resource) =>
        _informationByResource.TryGetValue(resource, out var information)
            ? information
            : throw new KeyNotFoundException($"{owner.Name} tracks no information for resource '{resource}'.");

    public void Cease(Component owner, object resource)
    {
        if (!_informationByResource.Remove(resource))
        {
            throw new KeyNotFoundException($"{owner.Name} tracks no information for resource '{resource}'.");
        }
    }

    public void ForgetBox(string inbox) => _resourceByInbox.Remove(inbox);
}
