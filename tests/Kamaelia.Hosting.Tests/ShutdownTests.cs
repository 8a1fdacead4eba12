using Kamaelia.Chassis;
using Kamaelia.Hosting.Tests.Components;
using Kamaelia.Hosting.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Hosting.Tests;

/// <summary>
/// Host shutdown sends ShutdownMicroprocess and waits for the system for a bounded grace period, timed on the
/// container's TimeProvider (fake here, so that no test waits for real time to pass).
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task HostShutdownSendsShutdownMicroprocessAndASystemThatHonoursItEndsWithinTheGracePeriod()
    {
        var logs = new CapturedLogs();
        var time = new FakeTimeProvider();
        var first = new RecordsShutdown();
        var second = new RecordsShutdown();
        var builder = TestHost.CreateBuilder(logs, time);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => new Pipeline(first, second))
            .Configure(options => options.ShutdownGracePeriod = TimeSpan.FromSeconds(30)));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await host.StopAsync().WaitAsync(Bounds.Wait);

        Assert.IsType<ShutdownMicroprocess>(first.Received);
        Assert.IsType<ShutdownMicroprocess>(second.Received);
        Assert.True(host.Kamaelia().Completion.IsCompletedSuccessfully);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(logs.Kamaelia(4))["GracePeriod"]);
        Assert.Single(logs.Kamaelia(8));
        Assert.Empty(logs.Kamaelia(5));
        Assert.DoesNotContain(logs.Records, r => r.Level >= LogLevel.Warning);
        Assert.Equal(0, host.Kamaelia().Scheduler.ComponentCount);
    }

    [Fact]
    public async Task AComponentThatIgnoresShutdownIsAbandonedWhenTheGracePeriodEndsWithAWarningNamingIt()
    {
        var logs = new CapturedLogs();
        var time = new FakeTimeProvider();
        var stubborn = new IgnoresShutdown();
        var builder = TestHost.CreateBuilder(logs, time);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => stubborn)
            .Configure(options => options.ShutdownGracePeriod = TimeSpan.FromSeconds(10)));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        var stopping = host.StopAsync();
        await logs.WaitForKamaelia(4);
        Assert.True(SpinWait.SpinUntil(() => stubborn.Ignored > 0, Bounds.Wait), "The component was sent ShutdownMicroprocess.");
        time.Advance(TimeSpan.FromSeconds(9));

        Assert.False(stopping.IsCompleted, "The grace period has not ended.");
        Assert.Empty(logs.Kamaelia(5));

        time.Advance(TimeSpan.FromSeconds(1));
        await stopping.WaitAsync(Bounds.Wait);

        var warning = Assert.Single(logs.Kamaelia(5));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(TimeSpan.FromSeconds(10), warning["GracePeriod"]);
        Assert.Equal(1, warning["ComponentCount"]);
        Assert.Equal([stubborn.Name], (IEnumerable<string>)warning["Components"]!);
        Assert.True(stubborn.IsStopped);
        Assert.True(host.Kamaelia().Completion.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task TheHostsShutdownTimeoutBoundsTheWaitWhenItIsShorterThanTheGracePeriod()
    {
        var logs = new CapturedLogs();
        var stubborn = new IgnoresShutdown();
        var builder = TestHost.CreateBuilder(logs, new FakeTimeProvider());
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromMilliseconds(100));
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => stubborn)
            .Configure(options => options.ShutdownGracePeriod = Timeout.InfiniteTimeSpan));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await host.StopAsync().WaitAsync(Bounds.Wait);

        var warning = Assert.Single(logs.Kamaelia(6));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal([stubborn.Name], (IEnumerable<string>)warning["Components"]!);
        Assert.Empty(logs.Kamaelia(5));
        await host.Kamaelia().Completion.WaitAsync(Bounds.Wait);
        Assert.True(stubborn.IsStopped);
    }

    [Fact]
    public async Task AGracePeriodFromConfigurationIsTheOneUsed()
    {
        var logs = new CapturedLogs();
        var builder = TestHost.CreateBuilder(logs, new FakeTimeProvider());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Kamaelia:ShutdownGracePeriod"] = "00:00:07" });
        builder.Services.Configure<KamaeliaHostOptions>(builder.Configuration.GetSection("Kamaelia"));
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new RecordsShutdown()));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await host.StopAsync().WaitAsync(Bounds.Wait);

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(logs.Kamaelia(4))["GracePeriod"]);
    }

    [Fact]
    public async Task ANegativeGracePeriodIsRefusedWhenTheHostStarts()
    {
        var builder = TestHost.CreateBuilder(new CapturedLogs());
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => new RecordsShutdown())
            .Configure(options => options.ShutdownGracePeriod = TimeSpan.FromSeconds(-1)));
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync().WaitAsync(Bounds.Wait));

        Assert.Contains("ShutdownGracePeriod", refused.Message, StringComparison.Ordinal);
    }
}
