using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kamaelia.Hosting.Tests.Support;

/// <summary>A real generic host for one test: no configuration files or environment, its logs captured, its time fake when asked.</summary>
internal static class TestHost
{
    public static HostApplicationBuilder CreateBuilder(CapturedLogs logs, FakeTimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        if (time is not null)
        {
            builder.Services.AddSingleton<TimeProvider>(time);
        }

        return builder;
    }

    /// <summary>The Kamaelia hosted service of a built host.</summary>
    public static KamaeliaHostedService Kamaelia(this IHost host) => host.Services.GetRequiredService<KamaeliaHostedService>();

    /// <summary>Completes when the application is told to stop.</summary>
    public static Task WhenStopping(this IHost host)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }

    /// <summary>True once the application has been told to stop.</summary>
    public static bool IsStopping(this IHost host) =>
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;
}
