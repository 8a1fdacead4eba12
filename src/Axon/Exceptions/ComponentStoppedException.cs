namespace Axon;

/// <summary>
/// Raised in a threaded component's thread when it waits on a box after its component was stopped, so the
/// thread can end instead of blocking forever.
/// </summary>
public sealed class ComponentStoppedException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public ComponentStoppedException(Component component)
        : base($"{component.Name} was stopped.")
    {
        Component = component;
    }

    /// <summary>The stopped component.</summary>
    public Component Component { get; }
}
