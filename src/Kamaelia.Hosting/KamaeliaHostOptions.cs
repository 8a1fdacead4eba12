using Axon;

namespace Kamaelia.Hosting;

/// <summary>
/// How the host runs the Kamaelia system: read through <c>IOptions&lt;KamaeliaHostOptions&gt;</c>, so it can be set
/// in code (<see cref="KamaeliaBuilder.Configure"/>) or bound from configuration
/// (<c>services.Configure&lt;KamaeliaHostOptions&gt;(configuration.GetSection("Kamaelia"))</c>).
/// </summary>
public sealed class KamaeliaHostOptions
{
    /// <summary>
    /// How long the system has, once the host stops and its top-level components have been sent
    /// <see cref="ShutdownMicroprocess"/>, to end by itself before the components still running are abandoned
    /// (stopped without their close-down, with a warning naming them). 5 seconds by default;
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits for as long as the host's own shutdown timeout allows. Timed
    /// with the <see cref="TimeProvider"/> registered in the container, if any.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When true (the default), a fault that ends the system stops the application
    /// (<c>IHostApplicationLifetime.StopApplication</c>), as a failing <c>BackgroundService</c> does.
    /// </summary>
    public bool StopApplicationOnFault { get; set; } = true;

    /// <summary>
    /// When true, the application stops once the system has ended by itself (every component finished); false by
    /// default, so that a system that ends leaves the rest of the application running.
    /// </summary>
    public bool StopApplicationOnCompletion { get; set; }

    /// <summary>
    /// The scheduler's <see cref="Scheduler.Immortal"/>: when true, a component that throws is stopped and its fault
    /// logged while the rest of the system keeps running; when false (the default), the first fault ends the system.
    /// </summary>
    public bool Immortal { get; set; }

    /// <summary>
    /// The scheduler's <see cref="Scheduler.Strict"/>: when true, a message sent on an outbox linked to nothing is a
    /// fault of its sender (<see cref="UnlinkedOutboxException"/>) instead of being counted and discarded.
    /// </summary>
    public bool Strict { get; set; }
}
