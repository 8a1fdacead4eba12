using System.Net;

namespace Kamaelia.Http;

/// <summary>Where <see cref="HttpServer"/> listens, and the limits of <see cref="HttpHandlerOptions"/>.</summary>
public sealed class HttpServerOptions : HttpHandlerOptions
{
    /// <summary>The address to listen on: the loopback address by default, so nothing is exposed by accident.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 (the default) lets the system choose one, read back from <see cref="HttpServer.Port"/>.</summary>
    public int Port { get; init; }

    internal override void Validate()
    {
        base.Validate();
        ArgumentNullException.ThrowIfNull(Address, nameof(Address));
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, IPEndPoint.MaxPort, nameof(Port));
    }
}
