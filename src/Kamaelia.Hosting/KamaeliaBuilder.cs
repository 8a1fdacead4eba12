using Axon;
using Microsoft.Extensions.DependencyInjection;

namespace Kamaelia.Hosting;

/// <summary>
/// Registers what the Kamaelia hosted service runs, from <c>services.AddKamaelia(...)</c>. Every component added here
/// is a top-level component of one system: they share one scheduler, on a thread of its own, for the host's lifetime.
/// </summary>
public sealed class KamaeliaBuilder
{
    internal KamaeliaBuilder(IServiceCollection services) => Services = services;

    /// <summary>The application's services, for registering what the components need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Runs a component of type <typeparamref name="TComponent"/>, made when the host starts: taken from the
    /// container if the type is registered there, otherwise constructed with its constructor's parameters resolved
    /// from the container (<see cref="ActivatorUtilities.GetServiceOrCreateInstance{T}(IServiceProvider)"/>). A
    /// <c>[Graphline]</c> class or a component that needs services (a logger, options, a client) fits here.
    /// </summary>
    public KamaeliaBuilder AddSystem<TComponent>()
        where TComponent : Component
    {
        Services.AddSingleton(new SystemRegistration(provider => ActivatorUtilities.GetServiceOrCreateInstance<TComponent>(provider)));
        return this;
    }

    /// <summary>
    /// Runs the component <paramref name="factory"/> makes when the host starts, such as a <c>Pipeline</c> or a
    /// <c>Graphline</c> of components; use the provider it is given for the services they need
    /// (<c>provider.GetRequiredService&lt;T&gt;()</c>, <c>ActivatorUtilities.CreateInstance&lt;T&gt;(provider)</c>).
    /// </summary>
    public KamaeliaBuilder AddSystem(Func<IServiceProvider, Component> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddSingleton(new SystemRegistration(factory));
        return this;
    }

    /// <summary>Sets options in code; configuration bound to <see cref="KamaeliaHostOptions"/> applies too, in registration order.</summary>
    public KamaeliaBuilder Configure(Action<KamaeliaHostOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
