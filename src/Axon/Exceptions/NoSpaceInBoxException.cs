namespace Axon;

/// <summary>
/// Raised in the sender when the final inbox of a link chain has reached its size limit. The message was not
/// delivered; the sender keeps it and may pause and retry (it is woken when the consumer collects).
/// </summary>
public sealed class NoSpaceInBoxException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public NoSpaceInBoxException(int length, int limit, Box box)
        : base($"Inbox '{box.Name}' of {box.Owner.Name} is full ({length} of {limit} messages); the message was not delivered.")
    {
        Length = length;
        Limit = limit;
        Box = box;
    }

    /// <summary>How many messages the inbox held.</summary>
    public int Length { get; }

    /// <summary>The inbox's size limit.</summary>
    public int Limit { get; }

    /// <summary>The full inbox.</summary>
    public Box Box { get; }
}
