namespace Axon;

/// <summary>
/// Raised in strict mode (<see cref="Scheduler.Strict"/>) when a message is sent on an outbox that is not
/// linked to any inbox, so the message would be discarded.
/// </summary>
public sealed class UnlinkedOutboxException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public UnlinkedOutboxException(Box box)
        : base($"Outbox '{box.Name}' of {box.Owner.Name} is not linked to any inbox; the message would be discarded.")
    {
        Box = box;
    }

    /// <summary>The unlinked outbox.</summary>
    public Box Box { get; }
}
