using System.Threading.Channels;
using Kamaelia.Chassis;
using Kamaelia.Hosting.Tests.Components;
using Kamaelia.Hosting.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kamaelia.Hosting.Tests;

/// <summary>A system registered with AddKamaelia runs while a real host runs.</summary>
public sealed class HostedSystemTests
{
    [Fact]
    public async Task TheHostStartsTheSystemWithoutWaitingForItAndMessagesFlowThroughIt()
    {
        var logs = new CapturedLogs();
        var numbers = Channel.CreateUnbounded<int>();
        var results = new ChannelSink<string>();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new Pipeline(
            new ChannelSource<int>(numbers.Reader),
            new Transformer<int, string>(n => $"{n} squared is {n * n}"),
            results)));
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);

        Assert.False(host.Kamaelia().Completion.IsCompleted, "StartAsync returned while the system runs on.");
        for (var n = 1; n <= 3; n++)
        {
            await numbers.Writer.WriteAsync(n);
        }

        using var reading = new CancellationTokenSource(Bounds.Wait);
        Assert.Equal("1 squared is 1", await results.Reader.ReadAsync(reading.Token));
        Assert.Equal("2 squared is 4", await results.Reader.ReadAsync(reading.Token));
        Assert.Equal("3 squared is 9", await results.Reader.ReadAsync(reading.Token));
        var started = Assert.Single(logs.Kamaelia(1));
        Assert.Equal(1, started["SystemCount"]);
        Assert.Equal([host.Kamaelia().Systems[0].Name], (IEnumerable<string>)started["Systems"]!);

        await host.StopAsync().WaitAsync(Bounds.Wait);
        await host.Kamaelia().Completion.WaitAsync(Bounds.Wait);
    }

    [Fact]
    public async Task EverySystemAddedRunsOnTheOneSchedulerOfTheOneHostedService()
    {
        var logs = new CapturedLogs();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia().AddSystem(_ => new RecordsShutdown());
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new RecordsShutdown()));
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);
        var kamaelia = host.Kamaelia();

        Assert.Same(kamaelia, Assert.Single(host.Services.GetServices<IHostedService>().OfType<KamaeliaHostedService>()));
        Assert.Equal(2, kamaelia.Systems.Count);
        Assert.All(kamaelia.Systems, system => Assert.Same(kamaelia.Scheduler, system.Scheduler));
        await host.StopAsync().WaitAsync(Bounds.Wait);
        Assert.All(kamaelia.Systems, system => Assert.IsType<ShutdownMicroprocess>(((RecordsShutdown)system).Received));
    }

    [Fact]
    public async Task AddingKamaeliaWithoutASystemFailsTheHostsStartSayingWhatIsMissing()
    {
        var builder = TestHost.CreateBuilder(new CapturedLogs());
        builder.Services.AddKamaelia();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Bounds.Wait));

        Assert.Contains("AddSystem", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFactoryThatFailsFailsTheHostsStartWithItsException()
    {
        var failure = new InvalidOperationException("no configuration for the pipeline");
        var builder = TestHost.CreateBuilder(new CapturedLogs());
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => throw failure));
        using var host = builder.Build();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync().WaitAsync(Bounds.Wait));

        Assert.Same(failure, thrown);
    }
}
