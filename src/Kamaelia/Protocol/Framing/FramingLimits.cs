using Axon;
using Kamaelia.Internet;

namespace Kamaelia.Protocol.Framing;

/// <summary>The size limit the framers share, and the fault for a message they are given that breaks it.</summary>
internal static class FramingLimits
{
    public const int DefaultMaxMessageSize = 16 * 1024 * 1024;

    /// <summary>Throws, naming the component and "inbox", for a null message or one over <paramref name="maxMessageSize"/>.</summary>
    public static void Check(Component framer, byte[]? message, int maxMessageSize)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message), $"{framer.Name}: a null message arrived on \"inbox\"; send byte arrays.");
        }

        if (message.Length > maxMessageSize)
        {
            throw new MessageTooLargeException($"{framer.Name}: a message of {message.Length} bytes arrived on \"inbox\", over MaxMessageSize ({maxMessageSize}).", message.Length, maxMessageSize);
        }
    }

    /// <summary>Checks a <c>MaxMessageSize</c> being set.</summary>
    public static int Valid(int maxMessageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageSize, 0, "MaxMessageSize");
        return maxMessageSize;
    }
}
