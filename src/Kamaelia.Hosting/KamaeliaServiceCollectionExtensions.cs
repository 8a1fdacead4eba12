using Kamaelia.Hosting;
using Microsoft.Extensions.Hosting;

// In the container's namespace, as the framework's own Add* methods are, so that it is found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a Kamaelia system to run as a hosted service.</summary>
public static class KamaeliaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Kamaelia hosted service, which runs every system added to the builder on one scheduler thread
    /// from host start to host shutdown, and its options (<see cref="KamaeliaHostOptions"/>). Calling it again adds
    /// to the same system.
    /// </summary>
    /// <returns>The builder, to add systems and set options.</returns>
    public static KamaeliaBuilder AddKamaelia(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(registration => registration.ServiceType == typeof(KamaeliaHostedService)))
        {
            services.AddOptions<KamaeliaHostOptions>()
                .Validate(
                    options => options.ShutdownGracePeriod >= TimeSpan.Zero || options.ShutdownGracePeriod == Timeout.InfiniteTimeSpan,
                    "KamaeliaHostOptions.ShutdownGracePeriod cannot be negative (use Timeout.InfiniteTimeSpan to wait for as long as the host allows).")
                .ValidateOnStart();

            // The one instance is the hosted service and the way in to the running system.
            services.AddSingleton(provider => new KamaeliaHostedService(provider));
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<KamaeliaHostedService>());
        }

        return new KamaeliaBuilder(services);
    }

    /// <summary>
    /// Registers the Kamaelia hosted service (see <see cref="AddKamaelia(IServiceCollection)"/>) and lets
    /// <paramref name="configure"/> add its systems and set its options.
    /// </summary>
    /// <returns>The services, to go on registering.</returns>
    public static IServiceCollection AddKamaelia(this IServiceCollection services, Action<KamaeliaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddKamaelia());
        return services;
    }
}
