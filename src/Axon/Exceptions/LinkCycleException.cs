namespace Axon;

/// <summary>Raised by a link that would close a cycle of passthrough links, so messages would never arrive.</summary>
public sealed class LinkCycleException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public LinkCycleException(Box source, Box target)
        : base($"Linking {source.Direction.ToString().ToLowerInvariant()} '{source.Name}' of {source.Owner.Name} to {target.Direction.ToString().ToLowerInvariant()} '{target.Name}' of {target.Owner.Name} would close a cycle of links.")
    {
        SourceBox = source;
        TargetBox = target;
    }

    /// <summary>The source box of the refused link.</summary>
    public Box SourceBox { get; }

    /// <summary>The target box of the refused link.</summary>
    public Box TargetBox { get; }
}
