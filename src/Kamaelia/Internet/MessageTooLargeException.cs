using Axon;

namespace Kamaelia.Internet;

/// <summary>
/// A chunk (or a line) larger than the configured limit. The message names the component and, for a socket,
/// the connection.
/// </summary>
public sealed class MessageTooLargeException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public MessageTooLargeException(string message, long size, long limit)
        : base(message)
    {
        Size = size;
        Limit = limit;
    }

    /// <summary>The size of the message, in bytes.</summary>
    public long Size { get; }

    /// <summary>The limit it exceeded, in bytes.</summary>
    public long Limit { get; }
}
