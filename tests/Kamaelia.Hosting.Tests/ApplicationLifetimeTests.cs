using Kamaelia.Chassis;
using Kamaelia.Hosting.Tests.Components;
using Kamaelia.Hosting.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kamaelia.Hosting.Tests;

/// <summary>How the system's end reaches the application: a fault stops it unless told otherwise; an end stops it when asked.</summary>
public sealed class ApplicationLifetimeTests
{
    [Fact]
    public async Task AFaultThatEndsTheSystemStopsTheApplicationAndIsThrownByTheHostsStop()
    {
        var logs = new CapturedLogs();
        var failure = new InvalidOperationException("lost the connection");
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new Throws(failure)));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await host.WhenStopping().WaitAsync(Bounds.Wait);

        Assert.Equal("faulted", Assert.Single(logs.Kamaelia(11))["Outcome"]);
        var thrown = await Assert.ThrowsAsync<ComponentFaultedException>(() => host.StopAsync().WaitAsync(Bounds.Wait));
        Assert.Same(failure, thrown.InnerException);
    }

    [Fact]
    public async Task WithStopApplicationOnFaultOffTheApplicationKeepsRunningAfterAFault()
    {
        var logs = new CapturedLogs();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => new Throws(new InvalidOperationException("lost the connection")))
            .Configure(options => options.StopApplicationOnFault = false));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.Kamaelia().Completion.WaitAsync(Bounds.Wait));

        Assert.False(host.IsStopping());
        Assert.Single(logs.Kamaelia(2));
        Assert.Empty(logs.Kamaelia(11));
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.StopAsync().WaitAsync(Bounds.Wait));
    }

    [Fact]
    public async Task WithStopApplicationOnCompletionASystemThatEndsStopsTheApplication()
    {
        var logs = new CapturedLogs();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => new Pipeline(new DataSource(["one", "two"]), new NullSink()))
            .Configure(options => options.StopApplicationOnCompletion = true));
        using var host = builder.Build();
        var kamaelia = host.Kamaelia();

        // RunAsync returns only once the application has stopped, and disposes the host.
        await host.RunAsync().WaitAsync(Bounds.Wait);

        Assert.Single(logs.Kamaelia(7));
        Assert.Equal("ended", Assert.Single(logs.Kamaelia(11))["Outcome"]);
        Assert.True(kamaelia.Completion.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ByDefaultASystemThatEndsLeavesTheApplicationRunning()
    {
        var logs = new CapturedLogs();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new Pipeline(new DataSource(["one", "two"]), new NullSink())));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await host.Kamaelia().Completion.WaitAsync(Bounds.Wait);

        Assert.False(host.IsStopping());
        Assert.Single(logs.Kamaelia(7));
        await host.StopAsync().WaitAsync(Bounds.Wait);
        Assert.Empty(logs.Kamaelia(4));
    }
}
