using Axon;

namespace Kamaelia.Nats;

/// <summary>A NATS link cannot do its work: the message names the component, the box and what went wrong.</summary>
public sealed class NatsLinkException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public NatsLinkException(Component component, string boxName, string problem, Exception? inner = null)
        : base($"{component.Name}, box '{boxName}': {problem}", inner)
    {
        ComponentName = component.Name;
        BoxName = boxName;
    }

    /// <summary>The component that failed.</summary>
    public string ComponentName { get; }

    /// <summary>The box whose messages could not be carried.</summary>
    public string BoxName { get; }
}
