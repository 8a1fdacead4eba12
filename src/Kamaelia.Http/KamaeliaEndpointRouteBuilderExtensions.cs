using Axon;
using Kamaelia.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// In ASP.NET Core's namespace, as its own Map... methods are, so that app.MapKamaelia is found where app.MapGet is.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps routes of an ASP.NET Core app to Kamaelia handler graphs (see <see cref="HttpEndpoint"/>).</summary>
public static class KamaeliaEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the requests that match <paramref name="pattern"/> (every method) through <paramref name="endpoint"/>,
    /// which you activate on a scheduler of your own.
    /// </summary>
    public static IEndpointConventionBuilder MapKamaelia(this IEndpointRouteBuilder endpoints, string pattern, HttpEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoints.Map(pattern, endpoint.HandleAsync);
    }

    /// <summary>
    /// Serves the requests that match <paramref name="pattern"/> (every method) through handler graphs made by
    /// <paramref name="factory"/>. The <see cref="HttpEndpoint"/> runs on a scheduler of its own, on a
    /// <see cref="Background"/> thread, which is <see cref="Scheduler.Immortal"/> (a failing graph answers 500 and the
    /// rest go on) and is stopped when the application has stopped, after the requests in flight have been answered.
    /// </summary>
    /// <returns>The endpoint's convention builder, to add metadata, authorization and so on.</returns>
    public static IEndpointConventionBuilder MapKamaelia(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<HttpRequestData, Component?> factory,
        HttpHandlerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = new HttpEndpoint(factory, options);
        var background = new Background(new Scheduler { Immortal = true }).Start();
        background.Activate(endpoint);
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(background.Dispose);
        return endpoints.MapKamaelia(pattern, endpoint);
    }
}
