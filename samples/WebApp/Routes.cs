using System.Globalization;
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Util;

namespace WebAppSample;

/// <summary>The handler graphs of the app's routes: each call makes a new graph for one request.</summary>
internal static class Routes
{
    /// <summary>POST text to /upper: the body goes through a pipeline of three transformers and comes back in capitals.</summary>
    public static Component Upper() => new Pipeline(
        new Transformer<HttpRequestData, string>(request => request.BodyText),
        new Transformer<string, string>(text => text.ToUpperInvariant()),
        new Transformer<string, HttpResponsePart>(text => HttpResponseData.Text(text)));

    /// <summary>GET /count?to=N: the numbers 1 to N (10 by default, at most 10000), streamed one line at a time.</summary>
    public static Component Count(HttpRequestData request) =>
        QueryNumber(request.Query, "to") is { } to and > 0 and <= 10_000
            ? new NumberStream(to)
            : new OneShot<HttpResponsePart>(HttpResponseData.Text("?to= takes a number from 1 to 10000\n", statusCode: 400));

    /// <summary>GET /: what the app offers.</summary>
    public static Component Index() => new OneShot<HttpResponsePart>(HttpResponseData.Text(
        "POST /upper        the body in capitals\n" +
        "GET  /count?to=N   1 to N, streamed\n"));

    private static int? QueryNumber(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts[0] == name)
            {
                return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
            }
        }

        return name == "to" ? 10 : null;
    }
}
