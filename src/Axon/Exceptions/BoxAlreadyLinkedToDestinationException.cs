namespace Axon;

/// <summary>
/// Raised by a link whose source box already has a destination: a box has at most one target
/// (use a Fanout or a Backplane to send to many).
/// </summary>
public sealed class BoxAlreadyLinkedToDestinationException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public BoxAlreadyLinkedToDestinationException(Box box, Box existingTarget, Box newTarget)
        : base($"{Describe(box)} is already linked to {Describe(existingTarget)}; it cannot also be linked to {Describe(newTarget)}. A box has one destination: use Fanout or a Backplane to reach several.")
    {
        Box = box;
        ExistingTarget = existingTarget;
        NewTarget = newTarget;
    }

    /// <summary>The source box.</summary>
    public Box Box { get; }

    /// <summary>The destination it already has.</summary>
    public Box ExistingTarget { get; }

    /// <summary>The destination that was refused.</summary>
    public Box NewTarget { get; }

    private static string Describe(Box b) => $"{b.Direction.ToString().ToLowerInvariant()} '{b.Name}' of {b.Owner.Name}";
}
