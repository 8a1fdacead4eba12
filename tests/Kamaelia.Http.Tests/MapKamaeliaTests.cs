using System.Net;
using Kamaelia.Http;
using Kamaelia.Http.Tests.Components;
using Kamaelia.Http.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kamaelia.Http.Tests;

/// <summary>Handler graphs inside an ASP.NET Core app of the user's own, beside its other endpoints.</summary>
public sealed class MapKamaeliaTests
{
    [Fact]
    public async Task AMappedRouteRunsAGraphPerRequestBesideTheAppsOwnEndpoints()
    {
        await using var app = BuildApp();
        app.MapGet("/plain", () => "from the app");
        app.MapKamaelia("/shout/{**rest}", _ => new Shout());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = RunningServer.Bound };

        using var shouted = await client.PostAsync("/shout/x", new StringContent("mapped"));
        var plain = await client.GetStringAsync("/plain");
        using var missing = await client.GetAsync("/elsewhere");

        Assert.Equal("POST  MAPPED", await shouted.Content.ReadAsStringAsync());
        Assert.Equal("from the app", plain);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task AnEndpointOnTheUsersOwnSchedulerReportsFaultsAndStopsOnShutdown()
    {
        var endpoint = new HttpEndpoint(request => request.Path == "/broken" ? new Broken() : new Streamer(count: 3, chunkSize: 10));
        using var background = new Background(new Scheduler { Immortal = true }).Start();
        var handle = background.Activate(new Handle(endpoint));
        await using var app = BuildApp();
        app.MapKamaelia("/{**any}", endpoint);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = RunningServer.Bound };

        var streamed = await client.GetByteArrayAsync("/stream");
        using var broken = await client.GetAsync("/broken");

        Assert.Equal(30, streamed.Length);
        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Equal(1, endpoint.FaultCount);
        var fault = Assert.IsType<HttpHandlerFault>(await handle.GetAsync());
        Assert.Contains("Broken", fault.Exception.Message, StringComparison.Ordinal);

        handle.PutControl(new ShutdownMicroprocess());
        Assert.IsType<ShutdownMicroprocess>(await handle.GetSignalAsync());
        await Eventually.True(() => endpoint.IsStopped, "the endpoint has stopped");
        using var refused = await client.GetAsync("/stream");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        await app.StopAsync();
    }

    private static WebApplication BuildApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder.Build();
    }
}
