namespace Axon;

/// <summary>Raised by <c>Recv</c> on an inbox that holds no message (use <c>TryRecv</c> or check first).</summary>
public sealed class EmptyInboxException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public EmptyInboxException(Box box)
        : base($"Inbox '{box.Name}' of {box.Owner.Name} is empty.")
    {
        Box = box;
    }

    /// <summary>The empty inbox.</summary>
    public Box Box { get; }
}
