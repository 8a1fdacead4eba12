namespace Axon;

/// <summary>Raised when a box is deleted while links still touch it: remove the links first.</summary>
public sealed class BoxStillLinkedException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public BoxStillLinkedException(Box box)
        : base($"{box.Direction} '{box.Name}' of {box.Owner.Name} is still linked; unlink it before deleting it.")
    {
        Box = box;
    }

    /// <summary>The box.</summary>
    public Box Box { get; }
}
