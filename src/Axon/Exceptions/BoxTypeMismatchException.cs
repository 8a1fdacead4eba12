namespace Axon;

/// <summary>
/// Raised when a message, or a link, would carry a value into a box whose element type cannot hold it.
/// </summary>
public sealed class BoxTypeMismatchException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public BoxTypeMismatchException(string message, Box box) : base(message) => Box = box;

    /// <summary>The box that could not take the value.</summary>
    public Box Box { get; }
}
