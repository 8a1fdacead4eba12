namespace Axon;

/// <summary>
/// Axon's coordinating assistant tracker (the "CAT"): a registry of named services, each an inbox of a
/// component that others can link to, and of tracked values. Thread-safe.
/// </summary>
public sealed class CoordinatingAssistantTracker
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (Component Component, string Inbox)> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The process-wide tracker.</summary>
    public static CoordinatingAssistantTracker Default { get; } = new();

    /// <summary>Registers an inbox of a component as a named service.</summary>
    public void RegisterService(string name, Component component, string inbox)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(inbox);
        if (!component.Inboxes.ContainsKey(inbox))
        {
            throw new BadInboxException(component, inbox);
        }

        lock (_gate)
        {
            if (!_services.TryAdd(name, (component, inbox)))
            {
                throw new ServiceAlreadyExistsException(name);
            }
        }
    }

    /// <summary>The component and inbox registered under a name, ready to be a link's sink.</summary>
    public (Component Component, string Inbox) RetrieveService(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            return _services.TryGetValue(name, out var service) ? service : throw new UnknownServiceException(name);
        }
    }

    /// <summary>Looks a service up without throwing.</summary>
    public bool TryRetrieveService(string name, out (Component Component, string Inbox) service)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            return _services.TryGetValue(name, out service);
        }
    }

    /// <summary>Removes a service.</summary>
    public void DeregisterService(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            if (!_services.Remove(name))
            {
                throw new MultipleServiceDeletionException(name);
            }
        }
    }

    /// <summary>The names of the registered services.</summary>
    public IReadOnlyList<string> ServicesRegistered()
    {
        lock (_gate)
        {
            return [.. _services.Keys];
        }
    }

    /// <summary>Starts tracking a named value.</summary>
    public void TrackValue(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            if (!_values.TryAdd(name, value))
            {
                throw new NamespaceClashException(name);
            }
        }
    }

    /// <summary>Changes a tracked value.</summary>
    public void UpdateValue(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            if (!_values.ContainsKey(name))
            {
                throw new AccessToUndeclaredTrackedVariableException(name);
            }

            _values[name] = value;
        }
    }

    /// <summary>Reads a tracked value.</summary>
    public object? RetrieveValue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_gate)
        {
            return _values.TryGetValue(name, out var value) ? value : throw new AccessToUndeclaredTrackedVariableException(name);
        }
    }

    /// <summary>The names of the tracked values.</summary>
    public IReadOnlyList<string> InformationItemsLogged()
    {
        lock (_gate)
        {
            return [.. _values.Keys];
        }
    }

    /// <summary>Forgets every service and value.</summary>
    public void Zap()
    {
        lock (_gate)
        {
            _services.Clear();
            _values.Clear();
        }
    }
}
