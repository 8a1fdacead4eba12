using Axon;

namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="MessageRateLimit{T}"/>, whose boxes carry <see cref="object"/>. Prefer <c>new MessageRateLimit&lt;T&gt;(...)</c>
/// when the messages have one type, so that the analyzers can check what it is linked to.
/// </summary>
public sealed class MessageRateLimit : MessageRateLimit<object>
{
    /// <summary>Creates the limiter.</summary>
    /// <param name="messagesPerSecond">The most messages passed on per second.</param>
    /// <param name="timeProvider">Reads the time and makes the timer; the scheduler's <see cref="Scheduler.TimeProvider"/> when null.</param>
    public MessageRateLimit(double messagesPerSecond, TimeProvider? timeProvider = null)
        : base(messagesPerSecond, timeProvider)
    {
    }
}
