namespace Kamaelia.Hosting.Tests.Support;

/// <summary>How long a test waits for what must happen: generous, since a loaded machine is slow, and only an upper bound.</summary>
internal static class Bounds
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
}
