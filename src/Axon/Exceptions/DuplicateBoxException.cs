namespace Axon;

/// <summary>Raised when a box is declared under a name the component already uses for that direction.</summary>
public sealed class DuplicateBoxException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public DuplicateBoxException(Component component, string boxName, BoxDirection direction)
        : base($"{component.Name} already has an {direction.ToString().ToLowerInvariant()} named '{boxName}'.")
    {
        Component = component;
        BoxName = boxName;
    }

    /// <summary>The component.</summary>
    public Component Component { get; }

    /// <summary>The name declared twice.</summary>
    public string BoxName { get; }
}
