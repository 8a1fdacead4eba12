using System.Threading.Channels;
using Kamaelia.Chassis;
using Kamaelia.Hosting.Tests.Components;
using Kamaelia.Hosting.Tests.Support;
using Kamaelia.Util;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kamaelia.Hosting.Tests;

/// <summary>Every fault reaches the application's loggers, naming the component and, where the exception says, the box.</summary>
public sealed class FaultLoggingTests
{
    [Fact]
    public async Task AFaultAboutABoxIsLoggedAsAnErrorNamingTheComponentAndTheBox()
    {
        var logs = new CapturedLogs();
        var sender = new SendsOnItsOutbox();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => sender)
            .Configure(options => options.Strict = true));
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.Kamaelia().Completion.WaitAsync(Bounds.Wait));

        var fault = Assert.Single(logs.Kamaelia(3));
        Assert.Equal(LogLevel.Error, fault.Level);
        Assert.Equal(sender.Name, fault["Component"]);
        Assert.Equal("outbox", fault["BoxDirection"]);
        Assert.Equal("outbox", fault["Box"]);
        Assert.Equal(sender.Name, fault["BoxOwner"]);
        Assert.IsType<UnlinkedOutboxException>(fault.Exception);
        Assert.Equal(sender.Name, Assert.Single(logs.Kamaelia(9))["Component"]);
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.StopAsync().WaitAsync(Bounds.Wait));
    }

    [Fact]
    public async Task AFaultWithNoBoxIsLoggedWithTheComponentAndTheExceptionItThrew()
    {
        var logs = new CapturedLogs();
        var failure = new InvalidOperationException("the disk is full");
        var failing = new Throws(failure);
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => failing));
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);
        var ended = await Assert.ThrowsAsync<ComponentFaultedException>(() => host.Kamaelia().Completion.WaitAsync(Bounds.Wait));

        Assert.Same(failing, ended.Component);
        var fault = Assert.Single(logs.Kamaelia(2));
        Assert.Equal(LogLevel.Error, fault.Level);
        Assert.Equal(failing.Name, fault["Component"]);
        Assert.Same(failure, fault.Exception);
        Assert.Contains(failing.Name, fault.Message, StringComparison.Ordinal);
        Assert.Empty(logs.Kamaelia(3));
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.StopAsync().WaitAsync(Bounds.Wait));
    }

    [Fact]
    public async Task AFaultInTheCloseDownAfterAFaultIsLoggedToo()
    {
        var logs = new CapturedLogs();
        var failure = new InvalidOperationException("step failed");
        var closeDownFailure = new IOException("could not release the file");
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia.AddSystem(_ => new Throws(failure, closeDownFailure)));
        using var host = builder.Build();

        await host.StartAsync().WaitAsync(Bounds.Wait);
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.Kamaelia().Completion.WaitAsync(Bounds.Wait));

        Assert.Equal([failure, closeDownFailure], logs.Kamaelia(2).Select(r => r.Exception));
        await Assert.ThrowsAsync<ComponentFaultedException>(() => host.StopAsync().WaitAsync(Bounds.Wait));
    }

    [Fact]
    public async Task WhenImmortalAFaultIsLoggedAndTheRestOfTheSystemGoesOnRunning()
    {
        var logs = new CapturedLogs();
        var failure = new InvalidOperationException("one bad component");
        var words = Channel.CreateUnbounded<string>();
        var results = new ChannelSink<string>();
        var builder = TestHost.CreateBuilder(logs);
        builder.Services.AddKamaelia(kamaelia => kamaelia
            .AddSystem(_ => new Throws(failure))
            .AddSystem(_ => new Pipeline(new ChannelSource<string>(words.Reader), new Transformer<string, string>(w => w.ToUpperInvariant()), results))
            .Configure(options => options.Immortal = true));
        using var host = builder.Build();
        await host.StartAsync().WaitAsync(Bounds.Wait);

        Assert.Same(failure, (await logs.WaitForKamaelia(2)).Exception);
        await words.Writer.WriteAsync("still here");
        using var reading = new CancellationTokenSource(Bounds.Wait);

        Assert.Equal("STILL HERE", await results.Reader.ReadAsync(reading.Token));
        Assert.False(host.Kamaelia().Completion.IsCompleted);
        Assert.False(host.IsStopping());
        await host.StopAsync().WaitAsync(Bounds.Wait);
        Assert.True(host.Kamaelia().Completion.IsCompletedSuccessfully);
        Assert.Empty(logs.Kamaelia(9));
    }
}
