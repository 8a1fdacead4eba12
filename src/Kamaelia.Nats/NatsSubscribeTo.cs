using System.Threading.Channels;
using Axon;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// Sends on "outbox" every message published to a NATS subject (wildcards allowed) from the moment it has
/// subscribed, read as JSON with the serializer registered for <typeparamref name="T"/>: the cross-process
/// counterpart of <see cref="Kamaelia.Chassis.SubscribeTo"/>. After the end-of-stream marker of a
/// <see cref="NatsPublishTo{T}"/> (of <see cref="NatsSubscriberLink{T}.Producers"/> of them) it sends
/// ProducerFinished on "signal", after the data, and ends. Core NATS delivers at most once: messages published
/// while it is disconnected are not replayed (see <see cref="NatsDurableSubscribeTo{T}"/>).
/// </summary>
/// <typeparam name="T">The messages' type. Carried by "inbox" or "outbox", whose boxes are declared on partial properties so that they can use it.</typeparam>
public sealed partial class NatsSubscribeTo<T> : NatsSubscriberLink<T>
{
    private readonly int _bufferCapacity;

    /// <summary>Not used: present so that the link can start a <see cref="Kamaelia.Chassis.Pipeline"/>.</summary>
    [Inbox("inbox", "Not used (present so that the link can start a Pipeline)", Optional = true)]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals end the subscription")]
    public override partial Inbox<object> Control { get; }

    /// <summary>The messages received.</summary>
    [Outbox("outbox", "The messages received, in order")]
    public override partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal, after the data.</summary>
    [Outbox("signal", "ProducerFinished after the publishers' end of stream, or the shutdown signal received")]
    public override partial Outbox<object> Signal { get; }

    /// <summary>Reports about the connection; leaving it unlinked is normal.</summary>
    [Outbox("status", "NatsDisconnected / NatsReconnected / NatsMessagesLost", Optional = true)]
    public override partial Outbox<NatsLinkStatus> Status { get; }

    /// <summary>Creates the subscriber; an invalid subject is refused here.</summary>
    /// <param name="subject">The subject to subscribe to; '*' and a final '>' are wildcards.</param>
    /// <param name="options">The connection options (server URL first); <see cref="NatsOpts.Default"/> when null.</param>
    /// <param name="bufferCapacity">How many received messages may wait for the component before the connection is held back.</param>
    public NatsSubscribeTo(string subject, NatsOpts? options = null, int bufferCapacity = 4096)
        : base(subject, options, allowWildcards: true, bufferCapacity)
    {
        _bufferCapacity = bufferCapacity;
    }

    private protected override async Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing)
    {
        // Wait rather than drop when the client's own queue is full: the connection is then held back, and the
        // server, not this process, decides when a consumer is too slow (reported as NatsMessagesLost).
        var options = new NatsSubOpts
        {
            ChannelOpts = new NatsSubChannelOpts { Capacity = _bufferCapacity, FullMode = BoundedChannelFullMode.Wait },
        };
        await using var subscription = await connection.SubscribeCoreAsync(Subject, serializer: serializer, opts: options, cancellationToken: closing).ConfigureAwait(false);
        await connection.PingAsync(closing).ConfigureAwait(false);
        MarkSubscribed();
        var messages = subscription.Msgs;
        while (await messages.WaitToReadAsync(closing).ConfigureAwait(false))
        {
            while (messages.TryRead(out var message))
            {
                IncomingMessage<T> incoming;
                if (NatsStreamHeaders.IsEndOfStream(message.Headers, out var publisher))
                {
                    incoming = new IncomingMessage<T>(default!, publisher);
                }
                else if (message.Error is { } error)
                {
                    throw new NatsLinkException(this, "outbox", $"a message on '{message.Subject}' is not a {TypeNames.Of(typeof(T))}: {error.Message}", error);
                }
                else
                {
                    incoming = new IncomingMessage<T>(message.Data!, null);
                }

                if (!Queue.TryWrite(incoming))
                {
                    await Queue.WriteAsync(incoming, closing).ConfigureAwait(false);
                }

                Arrived();
            }
        }
    }
}
