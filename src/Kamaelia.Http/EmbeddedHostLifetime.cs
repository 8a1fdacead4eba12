using Microsoft.Extensions.Hosting;

namespace Kamaelia.Http;

/// <summary>
/// The lifetime of the web host inside <see cref="HttpServer"/>: none of its own. The default console lifetime
/// would take Ctrl+C from the program that runs the server (and keep the process alive); the server's own
/// shutdown, through its component, is what stops the host here.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
