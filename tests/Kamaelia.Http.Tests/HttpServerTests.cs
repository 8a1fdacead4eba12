using System.Net;
using System.Text;
using Kamaelia.Chassis;
using Kamaelia.Http;
using Kamaelia.Http.Tests.Components;
using Kamaelia.Http.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Http.Tests;

/// <summary>Real requests over loopback to HttpServer: each request through a handler graph and back.</summary>
public sealed class HttpServerTests
{
    [Fact]
    public async Task ARequestGoesThroughItsGraphAndTheResponseComesBack()
    {
        await using var running = RunningServer.Start(_ => new Shout());

        using var response = await running.Client.PostAsync("/shout?x=1", new StringContent("hello, world"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("POST ?x=1 HELLO, WORLD", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AGraphOfSeveralComponentsAnswers()
    {
        await using var running = RunningServer.Start(_ => new Pipeline(
            new Transformer<HttpRequestData, string>(request => request.BodyText),
            new Transformer<string, string>(text => new string([.. text.Reverse()])),
            new Transformer<string, HttpResponsePart>(text => HttpResponseData.Text(text))));

        using var response = await running.Client.PostAsync("/", new StringContent("abc"));

        Assert.Equal("cba", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheServerListensOnLoopbackOnThePortTheSystemChose()
    {
        await using var running = RunningServer.Start(_ => new Shout());

        Assert.Equal("127.0.0.1", running.Server.Url.Host);
        Assert.NotEqual(0, running.Server.Port);
        Assert.Equal(running.Server.Port, running.Server.Url.Port);
    }

    [Fact]
    public async Task AnUnknownRouteIs404AndMakesNoGraph()
    {
        var made = 0;
        var routes = new HttpRoutes
        {
            ["/shout"] = _ =>
            {
                made++;
                return new Shout();
            },
        };
        await using var running = RunningServer.Start(routes.Factory);

        using var missing = await running.Client.GetAsync("/shoutier");
        using var found = await running.Client.GetAsync("/shout/loud");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(1, made);
        Assert.Equal(0, running.Server.FaultCount);
    }

    [Fact]
    public async Task AHandlerThatThrowsGives500AndItsFaultIsReportedByName()
    {
        await using var running = RunningServer.Start(_ => new Broken());

        using var response = await running.Client.GetAsync("/broken");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("/broken", fault.Request.Path);
        Assert.Contains("Broken", fault.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("cannot handle /broken", fault.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, running.Server.FaultCount);

        // The server goes on serving.
        using var again = await running.Client.GetAsync("/broken");
        Assert.Equal(HttpStatusCode.InternalServerError, again.StatusCode);
    }

    [Fact]
    public async Task AFactoryThatThrowsGives500AndIsReported()
    {
        await using var running = RunningServer.Start(request => throw new ArgumentException($"no handler for {request.Path}"));

        using var response = await running.Client.GetAsync("/x");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("HttpEndpoint", fault.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("no handler for /x", fault.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGraphWithoutTheStandardBoxesGives500NamingTheMissingBox()
    {
        await using var running = RunningServer.Start(_ => new NoOutbox());

        using var response = await running.Client.GetAsync("/x");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("\"outbox\"", fault.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("NoOutbox", fault.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGraphThatEndsWithoutAnsweringGives500AndIsReported()
    {
        await using var running = RunningServer.Start(_ => new Silent());

        using var response = await running.Client.GetAsync("/silent");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("ended without sending a response", fault.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndMakesNoGraph()
    {
        var made = 0;
        await using var running = RunningServer.Start(
            _ =>
            {
                made++;
                return new Shout();
            },
            new HttpServerOptions { MaxRequestBodySize = 10 });

        using var tooLarge = await running.Client.PostAsync("/", new StringContent("more than ten bytes"));
        using var small = await running.Client.PostAsync("/", new StringContent("ten bytes!"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(1, made);
    }

    [Fact]
    public async Task AStreamedResponseArrivesWhole()
    {
        await using var running = RunningServer.Start(_ => new Streamer(count: 100, chunkSize: 1000));

        var body = await running.Client.GetByteArrayAsync("/stream");

        Assert.Equal(100 * 1000, body.Length);
    }

    [Fact]
    public async Task ASlowReaderHoldsTheGraphBack()
    {
        const int ChunkSize = 64 * 1024;
        const int Chunks = 512;
        var streamer = new Streamer(Chunks, ChunkSize);
        await using var running = RunningServer.Start(_ => streamer);

        using var response = await running.Client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[ChunkSize];
        await body.ReadExactlyAsync(buffer);

        // The reader stops; the streamer runs until the queues between them are full, then waits.
        long sent;
        do
        {
            sent = streamer.Sent;
            await Task.Delay(300);
        }
        while (streamer.Sent != sent);

        Assert.True(sent < Chunks / 2, $"The streamer sent {sent} of {Chunks} chunks to a reader that had read one.");

        var total = (long)buffer.Length;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        Assert.Equal((long)Chunks * ChunkSize, total);
    }

    [Fact]
    public async Task TheEndOfAStreamWaitsForRoomLikeItsChunks()
    {
        // One part of room: the last chunk fills the response while the client has not read, so the end must wait.
        var streamer = new Streamer(count: 2, chunkSize: 1024);
        await using var running = RunningServer.Start(_ => streamer, new HttpServerOptions { ResponseQueueLength = 1 });

        using var response = await running.Client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        await Eventually.True(() => streamer.Sent == 2, "the streamer sent both chunks before the client read any");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(2 * 1024, body.Length);
        Assert.Equal(0, running.Server.FaultCount);
    }

    [Fact]
    public async Task AClientThatDisconnectsMidStreamStopsItsGraph()
    {
        var streamer = new Streamer(count: null, chunkSize: 1024);
        await using var running = RunningServer.Start(_ => streamer);

        using (var response = await running.Client.GetAsync("/forever", HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[4096]);
        }

        await Eventually.True(() => streamer.IsStopped, "the streamer has stopped");
        Assert.True(streamer.ToldToStop, "The streamer was not sent ShutdownMicroprocess.");
        await Eventually.True(() => running.Server.RequestsInFlight == 0, "no request is in flight");
        Assert.Equal(0, running.Server.FaultCount);
    }

    [Fact]
    public async Task ShuttingTheServerDownStopsKestrelAndItsGraphs()
    {
        var streamer = new Streamer(count: null, chunkSize: 1024);
        var running = RunningServer.Start(_ => streamer);
        var url = running.Server.Url;
        using var response = await running.Client.GetAsync("/forever", HttpCompletionOption.ResponseHeadersRead);

        await running.DisposeAsync();

        Assert.True(streamer.ToldToStop);
        using var client = new HttpClient { Timeout = RunningServer.Bound };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(url));
    }

    [Fact]
    public void AnAddressInUseIsRefusedInTheConstructor()
    {
        using var first = new HttpServer(_ => null);

        Assert.ThrowsAny<IOException>(() => new HttpServer(_ => null, new HttpServerOptions { Port = first.Port }));
    }

    [Fact]
    public async Task TheRequestCarriesItsHeaders()
    {
        await using var running = RunningServer.Start(_ => new Transformer<HttpRequestData, HttpResponsePart>(
            request => HttpResponseData.Text(request.Header("X-Greeting") ?? "none")));
        using var message = new HttpRequestMessage(HttpMethod.Get, "/");
        message.Headers.Add("x-greeting", "hi");

        using var response = await running.Client.SendAsync(message);

        Assert.Equal("hi", await response.Content.ReadAsStringAsync(), ignoreCase: false);
        Assert.Equal(Encoding.UTF8.WebName, response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task OnASchedulerThatIsNotImmortalAFaultGives500AndEndsTheSystem()
    {
        var server = new HttpServer(_ => new Broken());
        await using var _ = server;
        var run = server.RunAsync(new Scheduler(), CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url, Timeout = RunningServer.Bound };

        using var response = await client.GetAsync("/broken");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var fault = await Assert.ThrowsAsync<ComponentFaultedException>(() => run.WaitAsync(RunningServer.Bound));
        Assert.Contains("Broken", fault.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/again"));
    }

    [Fact]
    public async Task AGraphThatSendsSomethingOtherThanAResponsePartGives500NamingTheComponentAndTheBox()
    {
        await using var running = RunningServer.Start(_ => new PureTransformer(_ => "not a response part"));

        using var response = await running.Client.GetAsync("/wrong");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var mismatch = Assert.IsType<BoxTypeMismatchException>(fault.Exception.InnerException);
        Assert.Contains("PureTransformer", fault.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("outbox 'outbox'", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGraphWhoseOutboxCannotCarryResponsesIsRefusedWhenLinked()
    {
        await using var running = RunningServer.Start(_ => new Transformer<HttpRequestData, string>(request => request.Path));

        using var response = await running.Client.GetAsync("/typed");
        var fault = await running.NextFaultAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("HttpResponsePart", fault.Exception.Message, StringComparison.Ordinal);
    }
}
