using System.Threading.Channels;
using Axon;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Kamaelia.Nats;

/// <summary>
/// Sends on "outbox" the messages of a JetStream stream through a durable consumer: a new durable name starts
/// at the beginning of the stream, a known one where it left off. A message is acknowledged only after it has
/// been delivered into the outbox's target, so a crash re-delivers rather than loses (at least once); within
/// the process, messages the server sends again are recognised by their stream sequence and skipped, so the
/// outbox sees each message once and in stream order. On every (re)connection the consumer is re-created at
/// the first message not yet acknowledged, so nothing overtakes a message still owed. After the
/// end-of-stream marker of a <see cref="NatsDurablePublishTo{T}"/> it acknowledges it, sends ProducerFinished
/// on "signal" and ends. A durable name belongs to one subscriber at a time.
/// </summary>
/// <typeparam name="T">The messages' type. Carried by "inbox" or "outbox", whose boxes are declared on partial properties so that they can use it.</typeparam>
public sealed partial class NatsDurableSubscribeTo<T> : NatsSubscriberLink<T>
{
    private const int FinalAcknowledgementAttempts = 5;

    private readonly Channel<bool> _acknowledgeRequests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly int _bufferCapacity;
    private IncomingMessage<T>? _lastDelivered;
    private volatile bool _finalAcknowledgementRequested;
    private volatile bool _finalAcknowledgementDone;
    private long _skipped;
    private long _consumerStarts;

    /// <summary>Not used: present so that the link can start a <see cref="Kamaelia.Chassis.Pipeline"/>.</summary>
    [Inbox("inbox", "Not used (present so that the link can start a Pipeline)", Optional = true)]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals end the subscription (what was delivered is acknowledged first)")]
    public override partial Inbox<object> Control { get; }

    /// <summary>The messages received.</summary>
    [Outbox("outbox", "The stream's messages, in order, each once")]
    public override partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal, after the data.</summary>
    [Outbox("signal", "ProducerFinished after the publishers' end of stream, or the shutdown signal received")]
    public override partial Outbox<object> Signal { get; }

    /// <summary>Reports about the connection; leaving it unlinked is normal.</summary>
    [Outbox("status", "NatsDisconnected / NatsReconnected", Optional = true)]
    public override partial Outbox<NatsLinkStatus> Status { get; }

    /// <summary>Creates the subscriber; an invalid subject or durable name is refused here.</summary>
    /// <param name="subject">The subject the stream captures (no wildcards).</param>
    /// <param name="durableName">The durable consumer's name: the subscriber's place in the stream is kept under it.</param>
    /// <param name="options">The connection options (server URL first); <see cref="NatsOpts.Default"/> when null.</param>
    /// <param name="bufferCapacity">How many received messages may wait for the component before the consumer is held back.</param>
    public NatsDurableSubscribeTo(string subject, string durableName, NatsOpts? options = null, int bufferCapacity = 4096)
        : base(subject, options, allowWildcards: false, bufferCapacity)
    {
        ArgumentException.ThrowIfNullOrEmpty(durableName);
        if (durableName.Any(c => c is '.' or '*' or '>' || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"{Name}, box 'outbox': durable name '{durableName}' may not contain '.', '*', '>' or white space.", nameof(durableName));
        }

        DurableName = durableName;
        Stream = NatsStreamNames.ForSubject(subject);
        _bufferCapacity = bufferCapacity;
    }

    /// <summary>The durable consumer's name.</summary>
    public string DurableName { get; }

    /// <summary>The JetStream stream's name.</summary>
    public string Stream { get; init; }

    /// <summary>How long the stream remembers message ids (used when this end creates the stream).</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many messages the server sent again that had already been delivered, and were skipped.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>How many times the consumer was (re)started: once, plus once per reconnection.</summary>
    public long ConsumerStarts => Interlocked.Read(ref _consumerStarts);

    /// <summary>The stream sequence of the last message delivered on "outbox" (0 before the first).</summary>
    public ulong LastSequence => Volatile.Read(ref _lastDelivered)?.StreamSequence ?? 0;

    private protected override void Delivered(IncomingMessage<T> message)
    {
        Volatile.Write(ref _lastDelivered, message);
        _acknowledgeRequests.Writer.TryWrite(true);
    }

    private protected override bool ReadyToEnd()
    {
        if (!_finalAcknowledgementRequested)
        {
            _finalAcknowledgementRequested = true;
            _acknowledgeRequests.Writer.TryWrite(true);
        }

        return _finalAcknowledgementDone || PumpEnded;
    }

    private protected override async Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing)
    {
        var jetStream = new NatsJSContext(connection);
        await DurableStreamSettings.EnsureAsync(jetStream, Stream, Subject, DuplicateWindow, closing).ConfigureAwait(false);
        var acknowledging = AcknowledgeAsync(connection, closing);
        try
        {
            ulong lastQueued = 0;
            while (true)
            {
                await WhenConnectedAsync().WaitAsync(closing).ConfigureAwait(false);
                using var session = CancellationTokenSource.CreateLinkedTokenSource(closing, SessionToken);
                try
                {
                    var consumer = await StartConsumerAsync(jetStream, lastQueued, session.Token).ConfigureAwait(false);
                    await foreach (var message in consumer.ConsumeAsync(serializer, cancellationToken: session.Token).ConfigureAwait(false))
                    {
                        var sequence = message.Metadata?.Sequence.Stream ?? 0;
                        if (sequence <= lastQueued)
                        {
                            Interlocked.Increment(ref _skipped);
                            continue;
                        }

                        var incoming = ToIncoming(message, sequence);
                        if (!Queue.TryWrite(incoming))
                        {
                            await Queue.WriteAsync(incoming, session.Token).ConfigureAwait(false);
                        }

                        lastQueued = sequence;
                        Arrived();
                    }
                }
                catch (OperationCanceledException) when (!closing.IsCancellationRequested)
                {
                    // The connection was lost: start again from the first message not yet acknowledged.
                }
                catch (Exception transient) when (!closing.IsCancellationRequested && IsTransient(transient))
                {
                    // JetStream is briefly unavailable while the server restarts.
                    await Task.Delay(TimeSpan.FromMilliseconds(100), closing).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await acknowledging.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        NatsJSApiException api => api.Error.Code is 503 or 408,
        NatsException or TimeoutException => true,
        _ => false,
    };

    private IncomingMessage<T> ToIncoming(INatsJSMsg<T> message, ulong sequence)
    {
        if (NatsStreamHeaders.IsEndOfStream(message.Headers, out var publisher))
        {
            return new IncomingMessage<T>(default!, publisher, sequence, message);
        }

        if (message.Error is { } error)
        {
            throw new NatsLinkException(this, "outbox", $"message {sequence} of stream '{Stream}' is not a {TypeNames.Of(typeof(T))}: {error.Message}", error);
        }

        return new IncomingMessage<T>(message.Data!, null, sequence, message);
    }

    /// <summary>
    /// Re-creates the durable consumer at the first message it still owes (after the acknowledged ones and after
    /// those already queued here), so that messages delivered but not acknowledged before a loss come again
    /// first, in order, instead of after newer ones when the server's acknowledgement timer expires.
    /// </summary>
    private async Task<INatsJSConsumer> StartConsumerAsync(NatsJSContext jetStream, ulong lastQueued, CancellationToken cancel)
    {
        var start = lastQueued + 1;
        try
        {
            var existing = await jetStream.GetConsumerAsync(Stream, DurableName, cancel).ConfigureAwait(false);
            start = Math.Max(start, existing.Info.AckFloor.StreamSeq + 1);
            await jetStream.DeleteConsumerAsync(Stream, DurableName, cancel).ConfigureAwait(false);
        }
        catch (NatsJSApiException missing) when (missing.Error.Code == 404)
        {
            // A new durable name: it starts at the beginning of the stream (or after what this process already has).
        }

        var config = new ConsumerConfig(DurableName)
        {
            DurableName = DurableName,
            FilterSubject = Subject,
            AckPolicy = ConsumerConfigAckPolicy.All,
            DeliverPolicy = ConsumerConfigDeliverPolicy.ByStartSequence,
            OptStartSeq = start,
            MaxAckPending = Math.Max(1000, _bufferCapacity * 4),
        };
        var consumer = await jetStream.CreateOrUpdateConsumerAsync(Stream, config, cancel).ConfigureAwait(false);
        Interlocked.Increment(ref _consumerStarts);
        MarkSubscribed();
        return consumer;
    }

    /// <summary>
    /// Acknowledges the last message delivered (which, with "ack all", covers every one before it) whenever more
    /// have been delivered. A lost acknowledgement is harmless: the next one covers it, or the messages come
    /// again and are skipped. At the end, the final acknowledgement is confirmed with a ping.
    /// </summary>
    private async Task AcknowledgeAsync(NatsConnection connection, CancellationToken closing)
    {
        ulong acknowledged = 0;
        var finalAttempts = 0;
        while (await _acknowledgeRequests.Reader.WaitToReadAsync(closing).ConfigureAwait(false))
        {
            _acknowledgeRequests.Reader.TryRead(out _);
            var last = Volatile.Read(ref _lastDelivered);
            var final = _finalAcknowledgementRequested;
            try
            {
                if (last is { Receipt: INatsJSMsg<T> receipt } && last.StreamSequence > acknowledged)
                {
                    await receipt.AckAsync(cancellationToken: closing).ConfigureAwait(false);
                    acknowledged = last.StreamSequence;
                }

                if (final)
                {
                    await connection.PingAsync(closing).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is NatsException or TimeoutException && !closing.IsCancellationRequested)
            {
                if (final && ++finalAttempts < FinalAcknowledgementAttempts)
                {
                    // Not connected: try again shortly rather than end with the last messages unacknowledged.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), closing).ConfigureAwait(false);
                    _acknowledgeRequests.Writer.TryWrite(true);
                    continue;
                }
            }

            if (final)
            {
                _finalAcknowledgementDone = true;
                Wake();
                return;
            }
        }
    }
}
