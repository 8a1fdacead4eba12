namespace Kamaelia.Internet;

/// <summary>
/// Limits of one connection (a <see cref="ConnectedSocketAdapter"/>). Together they bound the memory a
/// connection holds: at most <see cref="SendQueueLimit"/> chunks of at most <see cref="MaxChunkSize"/> bytes
/// waiting to be sent, and at most <see cref="ReceiveAhead"/> chunks of at most <see cref="ReceiveChunkSize"/>
/// bytes read ahead of what the receiver has taken.
/// </summary>
public sealed class ConnectionOptions
{
    /// <summary>The defaults: 1 MiB chunks out, 64 KiB chunks in, 16 chunks queued to send, 4 read ahead.</summary>
    public static ConnectionOptions Default { get; } = new();

    /// <summary>
    /// The largest chunk accepted on "inbox" for sending. A larger one fails the connection with a
    /// <see cref="MessageTooLargeException"/>: sending part of a message would corrupt the stream.
    /// </summary>
    public int MaxChunkSize { get; init; } = 1024 * 1024;

    /// <summary>The largest chunk sent on "outbox": the size of one read from the socket.</summary>
    public int ReceiveChunkSize { get; init; } = 64 * 1024;

    /// <summary>
    /// The size limit of the adapter's "inbox": its queue of chunks to send. A producer that sends into a full
    /// queue gets <see cref="Axon.NoSpaceInBoxException"/> (use <c>Outbox.IsFull</c> or <c>TrySend</c> and pause).
    /// </summary>
    public int SendQueueLimit { get; init; } = 16;

    /// <summary>
    /// How many received chunks may wait in the adapter because its "outbox" leads to a full inbox. When they all
    /// wait, the adapter stops reading and TCP flow control holds the peer back.
    /// </summary>
    public int ReceiveAhead { get; init; } = 4;

    /// <summary>Throws when a limit is not positive.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxChunkSize, 1, nameof(MaxChunkSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReceiveChunkSize, 1, nameof(ReceiveChunkSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(SendQueueLimit, 1, nameof(SendQueueLimit));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReceiveAhead, 1, nameof(ReceiveAhead));
    }
}
