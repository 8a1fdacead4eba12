using Axon;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// Publishes each message that arrives on "inbox" to a NATS subject, as JSON written with the serializer
/// registered for <typeparamref name="T"/> (see <see cref="NatsMessageTypes"/>): the cross-process counterpart
/// of <see cref="Kamaelia.Chassis.PublishTo"/>. Core NATS: messages stay in order and are not duplicated, but
/// a broker loss can lose the ones in flight (use <see cref="NatsDurablePublishTo{T}"/> when that matters).
/// ProducerFinished on "control" publishes an end-of-stream marker after the data; once the server has it, the
/// ProducerFinished goes out on "signal" and the link ends, and every <see cref="NatsSubscribeTo{T}"/> on the
/// subject sends ProducerFinished after the last message.
/// </summary>
/// <typeparam name="T">The messages' type. Carried by "inbox" or "outbox", whose boxes are declared on partial properties so that they can use it.</typeparam>
public sealed partial class NatsPublishTo<T> : NatsPublisherLink<T>
{
    /// <summary>The messages to publish.</summary>
    [Inbox("inbox", "Messages to publish")]
    public override partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals: ProducerFinished publishes the end of the stream after the data; ShutdownMicroprocess stops at once.</summary>
    [Inbox("control", "ProducerFinished publishes the end of the stream after the data; ShutdownMicroprocess stops at once")]
    public override partial Inbox<object> Control { get; }

    /// <summary>Not used: present so that the link can end a <see cref="Kamaelia.Chassis.Pipeline"/>.</summary>
    [Outbox("outbox", "Not used (present so that the link can end a Pipeline)", Optional = true)]
    public partial Outbox<object> Outbox { get; }

    /// <summary>The shutdown signal, after the data.</summary>
    [Outbox("signal", "The shutdown signal, once the end of the stream is on the server")]
    public override partial Outbox<object> Signal { get; }

    /// <summary>Reports about the connection; leaving it unlinked is normal.</summary>
    [Outbox("status", "NatsDisconnected / NatsReconnected", Optional = true)]
    public override partial Outbox<NatsLinkStatus> Status { get; }

    /// <summary>Creates the publisher; a subject that is empty, has white space or a wildcard is refused here.</summary>
    /// <param name="subject">The subject to publish to.</param>
    /// <param name="options">The connection options (server URL first); <see cref="NatsOpts.Default"/> when null.</param>
    /// <param name="bufferCapacity">How many messages may wait between the component and the connection before the inbox is held back.</param>
    public NatsPublishTo(string subject, NatsOpts? options = null, int bufferCapacity = 4096)
        : base(subject, options, bufferCapacity)
    {
    }


    private protected override async Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing)
    {
        while (await Queue.WaitToReadAsync(closing).ConfigureAwait(false))
        {
            while (Queue.TryRead(out var message))
            {
                RoomMade();
                if (message.IsEndOfStream)
                {
                    await connection.PublishAsync(Subject, headers: NatsStreamHeaders.EndOfStream(PublisherId), cancellationToken: closing).ConfigureAwait(false);

                    // The server answers a ping after everything published before it: the marker has arrived.
                    await connection.PingAsync(closing).ConfigureAwait(false);
                    EndPublished();
                    return;
                }

                // Completes at once while the connection's write buffer has room, and waits (holding the queue,
                // and so the inbox, back) while it has none.
                await connection.PublishAsync(Subject, message.Value, serializer: serializer, cancellationToken: closing).ConfigureAwait(false);
                MessageSent();
            }
        }
    }
}
