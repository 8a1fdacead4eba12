using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kamaelia.Http.View;

/// <summary>Maps the live view of running Kamaelia systems into an ASP.NET Core application.</summary>
public static class KamaeliaViewEndpoints
{
    /// <summary>
    /// Maps the live view at <paramref name="pattern"/>: <c>GET {pattern}</c> is a page that draws the system's graph
    /// (components with their inboxes' depths and message rates, and the links between boxes) and redraws it as it
    /// changes, from <c>GET {pattern}/events</c>, a server-sent event stream of <see cref="SystemSnapshot"/>s as JSON;
    /// <c>GET {pattern}/snapshot</c> gives one snapshot. It shows every live scheduler of the process unless
    /// <see cref="KamaeliaViewOptions.Schedulers"/> names some. The view shows the system's inner workings: put it
    /// behind the authorization the rest of the application uses (<c>.RequireAuthorization()</c> on the result).
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">A plain path starting with '/', without route parameters.</param>
    /// <param name="configure">Changes the <see cref="KamaeliaViewOptions"/>.</param>
    /// <returns>The view's endpoints, to add conventions to (authorization, CORS, a host name).</returns>
    /// <exception cref="ArgumentException">The pattern is not a plain path, or an option cannot work.</exception>
    public static IEndpointConventionBuilder MapKamaeliaView(this IEndpointRouteBuilder endpoints, string pattern = "/kamaelia", Action<KamaeliaViewOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = ViewRoutes.Parse(pattern);
        var options = new KamaeliaViewOptions();
        configure?.Invoke(options);
        options.Validate();

        var source = new SystemSnapshotSource(options.Schedulers, options.TimeProvider);
        var title = options.Title;
        var interval = options.Interval;
        var view = endpoints.MapGroup(routes.Page);
        view.MapGet("", context => ViewPage.WriteAsync(context, routes, title));
        view.MapGet("events", context => SnapshotStream.WriteAsync(context, source, interval));
        view.MapGet("snapshot", context => SnapshotStream.WriteOneAsync(context, source));
        return view;
    }
}
