namespace Axon;

/// <summary>The base of every exception the Axon runtime raises.</summary>
public class AxonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AxonException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public AxonException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
