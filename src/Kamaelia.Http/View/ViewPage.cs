using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Kamaelia.Http.View;

/// <summary>
/// The live view's page: one self-contained HTML file (styles and script inline, nothing fetched but the event
/// stream), embedded in the assembly, with the stream's address and the title written in when it is served.
/// </summary>
internal static class ViewPage
{
    private const string ResourceName = "Kamaelia.Http.View.view.html";

    private static readonly Lazy<string> s_template = new(() =>
    {
        using var stream = typeof(ViewPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The live view's page ({ResourceName}) is missing from {typeof(ViewPage).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The page with its placeholders filled; each value is HTML-encoded, so a title cannot inject markup.</summary>
    public static string Render(string title, string eventsPath, string snapshotPath) => s_template.Value
        .Replace("{{title}}", HtmlEncoder.Default.Encode(title), StringComparison.Ordinal)
        .Replace("{{events}}", HtmlEncoder.Default.Encode(eventsPath), StringComparison.Ordinal)
        .Replace("{{snapshot}}", HtmlEncoder.Default.Encode(snapshotPath), StringComparison.Ordinal);

    /// <summary>Serves the page, with the paths made absolute under the request's path base.</summary>
    public static Task WriteAsync(HttpContext context, ViewRoutes routes, string title)
    {
        var pathBase = context.Request.PathBase;
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        // The page needs its inline script and style and its own origin's stream; nothing else may load.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:";
        return response.WriteAsync(Render(title, pathBase.Add(routes.Events).Value!, pathBase.Add(routes.Snapshot).Value!), context.RequestAborted);
    }
}
