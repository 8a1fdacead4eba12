using System.Threading.Channels;
using Kamaelia.Chassis;
using Kamaelia.Hosting.Tests.Components;
using Kamaelia.Hosting.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Hosting.Tests;

/// <summary>Components come from the application's container: their constructors' services, registered instances, its clock.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AComponentTypeIsMadeWithTheServicesItsConstructorAsksFor()
    {
        var names = Channel.CreateUnbounded<string>();
        var greetings = new ChannelSink<string>();
        var builder = TestHost.CreateBuilder(new CapturedLogs());
        builder.Services.AddSingleton(names.Reader);
        builder.Services.AddSingleton(greetings);
        builder.Services.AddSingleton<IGreetingFormat, FormalGreeting>();
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem<GreetingSystem>());
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        await names.Writer.WriteAsync("Ada");
        await names.Writer.WriteAsync("Grace");
        using var reading = new CancellationTokenSource(Bounds.Wait);

        Assert.Equal("Good day, Ada.", await greetings.Reader.ReadAsync(reading.Token));
        Assert.Equal("Good day, Grace.", await greetings.Reader.ReadAsync(reading.Token));
        Assert.IsType<GreetingSystem>(Assert.Single(host.Kamaelia().Systems));
        await host.StopAsync().WaitAsync(Bounds.Wait);
        Assert.True(greetings.IsStopped, "ShutdownMicroprocess reached the graph's children.");
    }

    [Fact]
    public async Task AComponentTypeRegisteredInTheContainerIsTakenFromIt()
    {
        var registered = new RecordsShutdown();
        var builder = TestHost.CreateBuilder(new CapturedLogs());
        builder.Services.AddSingleton(registered);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem<RecordsShutdown>());
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);

        Assert.Same(registered, Assert.Single(host.Kamaelia().Systems));
        await host.StopAsync().WaitAsync(Bounds.Wait);
        Assert.IsType<ShutdownMicroprocess>(registered.Received);
    }

    [Fact]
    public async Task TheContainersTimeProviderIsTheSchedulersAndDrivesTheComponentsClocks()
    {
        var time = new FakeTimeProvider();
        var ticks = new ChannelSink<long>();
        var builder = TestHost.CreateBuilder(new CapturedLogs(), time);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new Pipeline(new Clock(TimeSpan.FromMinutes(1)), ticks)));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);
        Assert.Same(time, host.Kamaelia().Scheduler.TimeProvider);
        using var reading = new CancellationTokenSource(Bounds.Wait);

        // The clock makes its timer on its first step, on the scheduler's thread: advance until it has one that fires.
        var first = ReadOneTick(ticks, reading.Token);
        while (!first.IsCompleted)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(first, Task.Delay(10, reading.Token));
        }

        Assert.Equal(1, await first);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await ticks.Reader.ReadAsync(reading.Token));
        await host.StopAsync().WaitAsync(Bounds.Wait);
    }

    private static async Task<long> ReadOneTick(ChannelSink<long> ticks, CancellationToken cancellationToken) =>
        await ticks.Reader.ReadAsync(cancellationToken);

    private sealed class FormalGreeting : IGreetingFormat
    {
        public string Greet(string name) => $"Good day, {name}.";
    }
}
