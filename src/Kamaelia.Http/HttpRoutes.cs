using Axon;

namespace Kamaelia.Http;

/// <summary>
/// A handler factory that chooses by path prefix, as Kamaelia's HTTPServer did with its list of (prefix, handler)
/// pairs: the first route whose prefix the path starts with (at a segment boundary: <c>/upper</c> matches
/// <c>/upper</c> and <c>/upper/x</c>, not <c>/uppercase</c>) makes the graph; no route means 404. Give
/// <see cref="Factory"/> to <see cref="HttpServer"/>.
/// </summary>
public sealed class HttpRoutes : IEnumerable<KeyValuePair<string, Func<HttpRequestData, Component?>>>
{
    private readonly List<KeyValuePair<string, Func<HttpRequestData, Component?>>> _routes = [];

    /// <summary>Adds a route; routes are tried in the order added.</summary>
    /// <param name="prefix">A path starting with <c>/</c>; <c>/</c> matches every path.</param>
    /// <param name="factory">Makes the handler graph for a request on this route; null means 404.</param>
    public void Add(string prefix, Func<HttpRequestData, Component?> factory)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(factory);
        if (!prefix.StartsWith('/'))
        {
            throw new ArgumentException($"A route's prefix starts with '/': \"{prefix}\".", nameof(prefix));
        }

        _routes.Add(new(Normalise(prefix), factory));
    }

    /// <summary>The factory of the route with exactly this prefix; setting it adds a route (so a collection initialiser reads <c>["/upper"] = factory</c>).</summary>
    /// <exception cref="KeyNotFoundException">No route has this prefix.</exception>
    public Func<HttpRequestData, Component?> this[string prefix]
    {
        get => _routes.FirstOrDefault(route => route.Key == Normalise(prefix)).Value
            ?? throw new KeyNotFoundException($"No route has the prefix \"{prefix}\".");
        set => Add(prefix, value);
    }

    /// <summary>The factory to give to <see cref="HttpServer"/>.</summary>
    public Func<HttpRequestData, Component?> Factory => Make;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, Func<HttpRequestData, Component?>>> GetEnumerator() => _routes.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Component? Make(HttpRequestData request)
    {
        foreach (var (prefix, factory) in _routes)
        {
            if (Matches(prefix, request.Path))
            {
                return factory(request);
            }
        }

        return null;
    }

    private static string Normalise(string prefix) => prefix.Length > 1 ? prefix.TrimEnd('/') : prefix;

    private static bool Matches(string prefix, string path) =>
        prefix == "/" || (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '/'));
}
