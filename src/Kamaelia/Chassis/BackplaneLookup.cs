using Axon;

namespace Kamaelia.Chassis;

/// <summary>Finds a backplane's services, with an error that names the backplane when there is none.</summary>
internal static class BackplaneLookup
{
    public static (Component Component, string Inbox) Find(Component user, string backplane, string service) =>
        user.Tracker.TryRetrieveService(service, out var found)
            ? found
            : throw new InvalidOperationException($"{user.Name} uses the Backplane \"{backplane}\", but no Backplane of that name exists. Create the Backplane before the components that use it start.");
}
