namespace Kamaelia.Http.View;

/// <summary>The paths of a live view under the pattern it is mapped at: the page, its event stream and a one-off snapshot.</summary>
internal sealed record ViewRoutes(string Page, string Events, string Snapshot)
{
    /// <summary>
    /// Checks a pattern and derives the paths. It must be a literal path (the page must know its stream's address, so
    /// no route parameters), start with '/', and hold no query, fragment or white space; a trailing '/' is dropped.
    /// </summary>
    public static ViewRoutes Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.StartsWith('/'))
        {
            throw new ArgumentException($"The live view's pattern '{pattern}' must start with '/' (for example \"/kamaelia\").", nameof(pattern));
        }

        var refused = pattern.IndexOfAny(['{', '}', '*', '?', '#', '\\']);
        if (refused >= 0 || pattern.Any(char.IsWhiteSpace) || pattern.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The live view's pattern '{pattern}' must be a plain path such as \"/kamaelia\": no route parameters, query, fragment, white space, backslash or empty segment.",
                nameof(pattern));
        }

        var page = pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
        var prefix = page == "/" ? "" : page;
        return new ViewRoutes(page, prefix + "/events", prefix + "/snapshot");
    }
}
