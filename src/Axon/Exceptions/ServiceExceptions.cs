namespace Axon;

/// <summary>Raised when a service name is registered twice.</summary>
public sealed class ServiceAlreadyExistsException(string name)
    : AxonException($"A service named '{name}' is already registered.")
{
    /// <summary>The service name.</summary>
    public string ServiceName { get; } = name;
}

/// <summary>Raised when a service names an inbox its component does not have.</summary>
public sealed class BadInboxException(Component component, string inboxName)
    : AxonException($"{component.Name} has no inbox '{inboxName}' to offer as a service.")
{
    /// <summary>The component.</summary>
    public Component Component { get; } = component;

    /// <summary>The missing inbox name.</summary>
    public string InboxName { get; } = inboxName;
}

/// <summary>Raised when a service that is not registered is looked up.</summary>
public sealed class UnknownServiceException(string name)
    : AxonException($"No service named '{name}' is registered.")
{
    /// <summary>The service name.</summary>
    public string ServiceName { get; } = name;
}

/// <summary>Raised when a service that is not registered (or was already removed) is deregistered.</summary>
public sealed class MultipleServiceDeletionException(string name)
    : AxonException($"No service named '{name}' is registered; it may have been deregistered already.")
{
    /// <summary>The service name.</summary>
    public string ServiceName { get; } = name;
}

/// <summary>Raised when a value name is tracked twice.</summary>
public sealed class NamespaceClashException(string name)
    : AxonException($"A value named '{name}' is already tracked; use UpdateValue to change it.")
{
    /// <summary>The value name.</summary>
    public string ValueName { get; } = name;
}

/// <summary>Raised when a value that is not tracked is read or updated.</summary>
public sealed class AccessToUndeclaredTrackedVariableException(string name)
    : AxonException($"No value named '{name}' is tracked; call TrackValue first.")
{
    /// <summary>The value name.</summary>
    public string ValueName { get; } = name;
}
