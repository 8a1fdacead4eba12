using System.Net;
using System.Net.Sockets;
using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Http.Tests.Components;
using Kamaelia.Http.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Http.Tests;

/// <summary>SimpleHttpClient against a real HttpServer over loopback.</summary>
public sealed class SimpleHttpClientTests
{
    [Fact]
    public async Task ResponsesComeOutAsPartsInTheOrderOfTheRequests()
    {
        var routes = new HttpRoutes { ["/shout"] = _ => new Shout() };
        await using var running = RunningServer.Start(routes.Factory);
        var requests = new[]
        {
            new HttpRequestData("POST", new Uri(running.Server.Url, "/shout").ToString(), "", HttpRequestData.EmptyHeaders, "quiet"u8.ToArray()),
            new HttpRequestData("GET", new Uri(running.Server.Url, "/missing").ToString()),
        };

        var parts = await FetchAllAsync(requests);

        var starts = parts.OfType<HttpResponseStart>().Select(start => start.StatusCode).ToArray();
        Assert.Equal([200, 404], starts);
        Assert.Equal(2, parts.OfType<HttpResponseEnd>().Count());
        Assert.IsType<HttpResponseStart>(parts[0]);
        var firstBody = string.Concat(parts.TakeWhile(part => part is not HttpResponseEnd).OfType<HttpResponseChunk>().Select(chunk => chunk.Text));
        Assert.Equal("POST  QUIET", firstBody);
        Assert.Equal("text/plain; charset=utf-8", ((HttpResponseStart)parts[0]).Headers!["Content-Type"]);
    }

    [Fact]
    public async Task ALargeBodyComesInChunksOfTheChosenSize()
    {
        await using var running = RunningServer.Start(_ => new Streamer(count: 10, chunkSize: 10_000));

        var parts = await FetchAllAsync([new HttpRequestData("GET", running.Server.Url.ToString())], chunkSize: 4096);

        var chunks = parts.OfType<HttpResponseChunk>().ToArray();
        Assert.All(chunks, chunk => Assert.True(chunk.Data.Length <= 4096));
        Assert.Equal(100_000, chunks.Sum(chunk => chunk.Data.Length));
        Assert.IsType<HttpResponseEnd>(parts[^1]);
    }

    [Fact]
    public async Task ARequestThatCannotConnectGivesAFailureNamingTheClientAndTheRequest()
    {
        var port = UnusedPort();
        var uri = $"http://127.0.0.1:{port}/nowhere";

        var parts = await FetchAllAsync([new HttpRequestData("GET", uri)]);

        var failed = Assert.IsType<HttpRequestFailed>(Assert.Single(parts));
        Assert.Contains("SimpleHttpClient", failed.Exception.Message, StringComparison.Ordinal);
        Assert.Contains($"GET {uri}", failed.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedUpstreamRequestInAHandlerGraphGives502()
    {
        var uri = $"http://127.0.0.1:{UnusedPort()}/nowhere";
        await using var running = RunningServer.Start(_ => new Pipeline(
            new Transformer<HttpRequestData, HttpRequestData>(_ => new HttpRequestData("GET", uri)),
            new SimpleHttpClient()));

        using var response = await running.Client.GetAsync("/proxy");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.IsType<HttpRequestException>(fault.Exception);
    }

    [Fact]
    public async Task AHandlerGraphCanProxyAnotherServer()
    {
        await using var upstream = RunningServer.Start(_ => new Shout());
        var target = upstream.Server.Url.ToString();
        await using var running = RunningServer.Start(_ => new Pipeline(
            new Transformer<HttpRequestData, HttpRequestData>(request => request with { Path = target, Headers = HttpRequestData.EmptyHeaders }),
            new SimpleHttpClient()));

        using var response = await running.Client.PostAsync("/via", new StringContent("relayed"));

        Assert.Equal("POST  RELAYED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShutdownMicroprocessStopsARequestInFlight()
    {
        var streamer = new Streamer(count: null, chunkSize: 1024);
        await using var running = RunningServer.Start(_ => streamer);
        using var cancellation = new CancellationTokenSource(RunningServer.Bound);
        var received = new ChannelSink<HttpResponsePart>(4);
        var client = new SimpleHttpClient();
        var requests = System.Threading.Channels.Channel.CreateUnbounded<HttpRequestData>();
        await requests.Writer.WriteAsync(new HttpRequestData("GET", running.Server.Url.ToString()), cancellation.Token);
        using var stop = new CancellationTokenSource();
        var run = new Pipeline(new ChannelSource<HttpRequestData>(requests.Reader), client, received).RunAsync(new Scheduler(), stop.Token);

        // Some of the endless body arrives, then the system is told to stop.
        var chunks = 0;
        await foreach (var part in received.ReadAllAsync(cancellation.Token))
        {
            if (part is HttpResponseChunk && ++chunks == 3)
            {
                break;
            }
        }

        await stop.CancelAsync();
        await run.WaitAsync(RunningServer.Bound);

        Assert.True(client.IsStopped);
        await Eventually.True(() => streamer.IsStopped, "the server's streamer has stopped after its client went");
    }

    private static async Task<List<HttpResponsePart>> FetchAllAsync(HttpRequestData[] requests, int chunkSize = 16 * 1024)
    {
        using var cancellation = new CancellationTokenSource(RunningServer.Bound);
        var received = new ChannelSink<HttpResponsePart>();
        var run = new Pipeline(new DataSource<HttpRequestData>(requests), new SimpleHttpClient(chunkSize: chunkSize), received).RunAsync(new Scheduler(), cancellation.Token);
        var parts = new List<HttpResponsePart>();
        await foreach (var part in received.ReadAllAsync(cancellation.Token))
        {
            parts.Add(part);
        }

        await run;
        return parts;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
