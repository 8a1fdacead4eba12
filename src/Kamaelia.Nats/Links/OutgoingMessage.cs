namespace Kamaelia.Nats;

/// <summary>A message on its way from a publisher's inbox to its pump: data, or the end-of-stream marker.</summary>
internal readonly record struct OutgoingMessage<T>(T Value, bool IsEndOfStream)
{
    public static OutgoingMessage<T> EndOfStream => new(default!, true);
}
