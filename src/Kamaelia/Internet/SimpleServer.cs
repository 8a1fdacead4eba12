using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A <see cref="ServerCore"/> whose protocol factory takes no connection information (Kamaelia's SimpleServer):
/// <c>new SimpleServer(() => new EchoProtocol())</c>.
/// </summary>
public sealed class SimpleServer : ServerCore
{
    /// <summary>Binds and listens at once; serves connections once activated.</summary>
    /// <param name="protocol">Makes the protocol handler for each connection.</param>
    /// <param name="options">Where to listen and the limits; the defaults of <see cref="ServerOptions"/> when null.</param>
    public SimpleServer(Func<Component> protocol, ServerOptions? options = null)
        : base(IgnoringConnection(protocol), options)
    {
    }

    private static Func<ConnectionInfo, Component> IgnoringConnection(Func<Component> protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return _ => protocol();
    }
}
