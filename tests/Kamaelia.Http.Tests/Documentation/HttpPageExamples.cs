using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Util;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Kamaelia.Http.Tests.Documentation;

/// <summary>The examples of docs/http.md, run: each C# block there is quoted from this file or from samples/WebApp.</summary>
public sealed class HttpPageExamples
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AServerAnswersThroughAPipeline()
    {
        var routes = new HttpRoutes
        {
            ["/upper"] = _ => new Pipeline(
                new Transformer<HttpRequestData, string>(request => request.BodyText),
                new Transformer<string, HttpResponsePart>(text => HttpResponseData.Text(text.ToUpperInvariant()))),
        };

        await using var server = new HttpServer(routes.Factory, new HttpServerOptions { Port = 0 });
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(new Scheduler { Immortal = true }, stop.Token);

        using var client = new HttpClient { BaseAddress = server.Url, Timeout = Bound };
        using var response = await client.PostAsync("/upper", new StringContent("shout"));
        Assert.Equal("SHOUT", await response.Content.ReadAsStringAsync());

        await stop.CancelAsync();
        await running.WaitAsync(Bound);
    }

    [Fact]
    public async Task AClientComponentFetchesThroughAGraph()
    {
        await using var server = new HttpServer(_ => new OneShot<HttpResponsePart>(HttpResponseData.Text("fetched")));
        using var stopServer = new CancellationTokenSource();
        var serving = server.RunAsync(new Scheduler { Immortal = true }, stopServer.Token);
        var url = server.Url.ToString();
        using var cancellation = new CancellationTokenSource(Bound);

        var responses = new ChannelSink<HttpResponsePart>();
        var run = new Pipeline(
            new DataSource<HttpRequestData>([new HttpRequestData("GET", url)]),
            new SimpleHttpClient(),
            responses).RunAsync(cancellation.Token);

        var body = new System.Text.StringBuilder();
        await foreach (var part in responses.ReadAllAsync(cancellation.Token))
        {
            switch (part)
            {
                case HttpResponseStart start: Console.WriteLine($"status {start.StatusCode}"); break;
                case HttpResponseChunk chunk: body.Append(chunk.Text); break;
                case HttpResponseEnd: Console.WriteLine(body); break;
                case HttpRequestFailed failed: Console.WriteLine(failed.Exception.Message); break;
            }
        }

        await run;
        Assert.Equal("fetched", body.ToString());
        await stopServer.CancelAsync();
        await serving.WaitAsync(Bound);
    }

    [Fact]
    public async Task ARouteOfAnAspNetCoreAppRunsHandlerGraphs()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();

        app.MapGet("/", () => "the app's own endpoint");
        app.MapKamaelia("/upper/{**rest}", _ => new Pipeline(
            new Transformer<HttpRequestData, string>(request => request.BodyText),
            new Transformer<string, HttpResponsePart>(text => HttpResponseData.Text(text.ToUpperInvariant()))));

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = Bound };
        using var response = await client.PostAsync("/upper", new StringContent("mapped"));
        Assert.Equal("MAPPED", await response.Content.ReadAsStringAsync());
        await app.StopAsync();
    }
}
