using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// The wire convention for the end of a stream: a message on the link's own subject, so that it stays in order
/// behind the data, with no payload and the header <c>Kamaelia-Stream: end</c>. <c>Kamaelia-Publisher</c> names
/// the publisher, so that a subscriber waiting for several producers counts each one once. Data messages carry
/// no headers at all, so other NATS clients see plain JSON.
/// </summary>
internal static class NatsStreamHeaders
{
    public const string Stream = "Kamaelia-Stream";
    public const string EndValue = "end";
    public const string Publisher = "Kamaelia-Publisher";

    public static NatsHeaders EndOfStream(string publisherId) => new()
    {
        [Stream] = EndValue,
        [Publisher] = publisherId,
    };

    /// <summary>True, with the publisher's id, when the message is an end-of-stream marker.</summary>
    public static bool IsEndOfStream(NatsHeaders? headers, out string publisherId)
    {
        publisherId = string.Empty;
        if (headers is null || !headers.TryGetValue(Stream, out var stream) || stream.ToString() != EndValue)
        {
            return false;
        }

        publisherId = headers.TryGetValue(Publisher, out var publisher) ? publisher.ToString() : string.Empty;
        return true;
    }
}
