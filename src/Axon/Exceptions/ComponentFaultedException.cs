namespace Axon;

/// <summary>
/// Thrown by <see cref="Scheduler.Run"/> after the whole system has stopped because a component threw
/// (when the scheduler is not <see cref="Scheduler.Immortal"/>). The original exception is the inner one.
/// </summary>
public sealed class ComponentFaultedException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public ComponentFaultedException(Component component, Exception innerException)
        : base($"{component.Name} failed: {innerException.GetType().Name}: {innerException.Message}", innerException)
    {
        Component = component;
    }

    /// <summary>The component that threw.</summary>
    public Component Component { get; }
}
