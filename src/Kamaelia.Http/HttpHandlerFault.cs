namespace Kamaelia.Http;

/// <summary>
/// Why a request's handler graph failed: a component of it threw, the factory threw, or the graph broke the order
/// of the response parts. The client got a 500 (or, when the response had started, an aborted connection).
/// <see cref="HttpServer"/> sends one on its "faults" outbox while something is linked to it, and counts every one in
/// <see cref="HttpServer.FaultCount"/>.
/// </summary>
/// <param name="Request">The request being handled.</param>
/// <param name="Exception">What went wrong; its message names the component (and box) at fault.</param>
public sealed record HttpHandlerFault(HttpRequestData Request, Exception Exception)
{
    /// <inheritdoc />
    public override string ToString() => $"{Request}: {Exception.GetType().Name}: {Exception.Message}";
}
