namespace Kamaelia.Nats;

/// <summary>A message on its way from a subscriber's pump to its outbox: data, or an end-of-stream marker.</summary>
internal sealed class IncomingMessage<T>(T value, string? endOfStreamFrom, ulong streamSequence = 0, object? receipt = null)
{
    public T Value { get; } = value;

    /// <summary>The publisher that ended its stream, or null for data.</summary>
    public string? EndOfStreamFrom { get; } = endOfStreamFrom;

    /// <summary>The JetStream stream sequence (durable links only).</summary>
    public ulong StreamSequence { get; } = streamSequence;

    /// <summary>What the pump needs to acknowledge the message once delivered (durable links only).</summary>
    public object? Receipt { get; } = receipt;
}
