using System.Threading.Channels;
using Axon;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// The component side that the two subscribers share: it moves messages from the pump's bounded queue to
/// "outbox" in arrival order, holding back while the outbox's target is full (the pump then waits, and the
/// connection with it). After the end-of-stream markers of <see cref="Producers"/> publishers it sends
/// ProducerFinished on "signal" and ends. A shutdown signal on "control" ends it too, forwarded;
/// ProducerFinished first delivers what has already arrived.
/// </summary>
/// <typeparam name="T">The messages' type.</typeparam>
public abstract class NatsSubscriberLink<T> : NatsLink
{
    private readonly Channel<IncomingMessage<T>> _queue;
    private readonly HashSet<string> _finishedPublishers = new(StringComparer.Ordinal);
    private IncomingMessage<T>? _held;
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _received;

    private protected NatsSubscriberLink(string subject, NatsOpts? options, bool allowWildcards, int bufferCapacity)
        : base(subject, options, allowWildcards, subjectBox: "outbox")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        _queue = Channel.CreateBounded<IncomingMessage<T>>(new BoundedChannelOptions(bufferCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The messages received, in order.</summary>
    public abstract Outbox<T> Outbox { get; }

    /// <summary>How many publishers' end-of-stream markers end the stream (1 by default).</summary>
    public int Producers { get; init; } = 1;

    /// <summary>How many messages have been sent on "outbox".</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>
    /// Completes once the server has registered the subscription (a core subscriber receives what is published
    /// from then on) or the durable consumer exists.
    /// </summary>
    public Task Subscribed => _subscribed.Task;

    private protected ChannelWriter<IncomingMessage<T>> Queue => _queue.Writer;

    /// <summary>The pump has its subscription.</summary>
    private protected void MarkSubscribed() => _subscribed.TrySetResult();

    /// <summary>The pump's work: receive in order and write to <see cref="Queue"/>, calling <see cref="Arrived"/>.</summary>
    private protected abstract Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing);

    /// <summary>Called on the scheduler's thread once a message is in the outbox's target (or counted as discarded).</summary>
    private protected virtual void Delivered(IncomingMessage<T> message)
    {
    }

    /// <summary>
    /// Called on the scheduler's thread when the stream has ended, before ProducerFinished is sent; the link
    /// ends once this returns true (it is asked again after each wake).
    /// </summary>
    private protected virtual bool ReadyToEnd() => true;

    /// <summary>The pump queued a message: wake the component.</summary>
    private protected void Arrived() => Wake();

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var serializer = new JsonTypeInfoSerializer<T>(NatsMessageTypes.Resolve<T>(this, "outbox"));
        StartPump("outbox", (connection, closing) => PumpAsync(connection, serializer, closing));
        ShutdownSignal? ending = null;
        ShutdownSignal? final;
        while (true)
        {
            AcceptWakes();
            ThrowIfPumpFailed();
            SendStatusReports();
            var requested = ReadControl(Control);
            if (requested == ShutdownRequest.Finish)
            {
                ending ??= ReceivedShutdownSignal;
            }

            // "Stop now" delivers nothing more, but still lets a durable link acknowledge what it delivered.
            final = requested == ShutdownRequest.StopNow ? ReceivedShutdownSignal : (DeliverArrived(ref ending) ? ending : null);
            if (final is not null && ReadyToEnd())
            {
                SendStatusReports();
                break;
            }

            // Woken by the pump (arrivals, acknowledgements, reports) or by the target collecting a message.
            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal, final))
        {
            Pause();
            yield return null;
        }
    }

    /// <summary>Sends what has arrived; false when the outbox's target filled up first. Stops at the end of the stream.</summary>
    private bool DeliverArrived(ref ShutdownSignal? ending)
    {
        var reader = _queue.Reader;
        while (_held is not null || reader.TryRead(out _held))
        {
            var message = _held;
            if (message.EndOfStreamFrom is { } publisher)
            {
                _held = null;
                Delivered(message);
                _finishedPublishers.Add(publisher);
                if (_finishedPublishers.Count >= Producers)
                {
                    ending = new ProducerFinished(this);
                    return true;
                }

                continue;
            }

            if (!Outbox.TrySend(message.Value))
            {
                // Woken when the target's owner collects a message.
                return false;
            }

            _held = null;
            Interlocked.Increment(ref _received);
            Delivered(message);
        }

        return true;
    }
}
