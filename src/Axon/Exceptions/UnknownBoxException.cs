namespace Axon;

/// <summary>Raised when a box is named that the component does not have.</summary>
public sealed class UnknownBoxException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public UnknownBoxException(Component component, string boxName, BoxDirection direction, string? hint = null)
        : base(BuildMessage(component, boxName, direction, hint))
    {
        Component = component;
        BoxName = boxName;
        Direction = direction;
    }

    /// <summary>The component that was asked.</summary>
    public Component Component { get; }

    /// <summary>The name that was not found.</summary>
    public string BoxName { get; }

    /// <summary>Whether an inbox or an outbox was wanted.</summary>
    public BoxDirection Direction { get; }

    private static string BuildMessage(Component component, string boxName, BoxDirection direction, string? hint)
    {
        var kind = direction == BoxDirection.Inbox ? "inbox" : "outbox";
        var names = direction == BoxDirection.Inbox ? component.Inboxes.Keys : component.Outboxes.Keys;
        var valid = string.Join(", ", names.Select(n => $"'{n}'"));
        var message = $"{component.Name} has no {kind} '{boxName}'; its {kind}es are {(valid.Length == 0 ? "(none)" : valid)}.";
        return hint is null ? message : message + " " + hint;
    }
}
