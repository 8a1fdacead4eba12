using System.Threading.Channels;
using Axon;
using NATS.Client.Core;

namespace Kamaelia.Nats;

/// <summary>
/// The component side that the two publishers share: it moves messages from "inbox" into a bounded queue that
/// the pump empties, holds back (leaving messages in the inbox) while the queue is full, and turns
/// ProducerFinished on "control" into an end-of-stream marker published after the data. ShutdownMicroprocess
/// stops it at once; what was still queued is counted in <see cref="Abandoned"/>.
/// </summary>
/// <typeparam name="T">The messages' type.</typeparam>
public abstract class NatsPublisherLink<T> : NatsLink
{
    private readonly Channel<OutgoingMessage<T>> _queue;
    private int _waitingForRoom;
    private long _queued;
    private long _sent;
    private volatile bool _endPublished;
    private T _held = default!;
    private bool _hasHeld;

    private protected NatsPublisherLink(string subject, NatsOpts? options, int bufferCapacity)
        : base(subject, options, allowWildcards: false, subjectBox: "inbox")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        _queue = Channel.CreateBounded<OutgoingMessage<T>>(new BoundedChannelOptions(bufferCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        PublisherId = Guid.NewGuid().ToString("N");
    }

    /// <summary>The messages to publish.</summary>
    public abstract Inbox<T> Inbox { get; }

    /// <summary>Names this publisher in its end-of-stream marker (and, for the durable link, in its message ids).</summary>
    public string PublisherId { get; init; }

    /// <summary>How many messages have been sent: handed to the connection (core) or acknowledged by the stream (durable).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>How many messages were taken from the inbox but not sent because the link was shut down first.</summary>
    public long Abandoned => IsStopped ? Interlocked.Read(ref _queued) - Sent + (_hasHeld ? 1 : 0) : 0;

    private protected ChannelReader<OutgoingMessage<T>> Queue => _queue.Reader;

    /// <summary>The pump's work: take the queue in order, publish, and call <see cref="MessageSent"/> / <see cref="EndPublished"/>.</summary>
    private protected abstract Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing);

    /// <summary>Counts a message as sent.</summary>
    private protected void MessageSent() => Interlocked.Increment(ref _sent);

    /// <summary>The pump took a message off the queue: if the component waits for room, wake it.</summary>
    private protected void RoomMade()
    {
        if (Interlocked.Exchange(ref _waitingForRoom, 0) == 1)
        {
            Wake();
        }
    }

    /// <summary>The end-of-stream marker is on the server: the component may forward ProducerFinished and end.</summary>
    private protected void EndPublished()
    {
        _endPublished = true;
        Wake();
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var serializer = new JsonTypeInfoSerializer<T>(NatsMessageTypes.Resolve<T>(this, "inbox"));
        StartPump("inbox", (connection, closing) => PumpAsync(connection, serializer, closing));
        var endQueued = false;
        while (true)
        {
            AcceptWakes();
            ThrowIfPumpFailed();
            SendStatusReports();
            var requested = ReadControl(Control);
            if (requested == ShutdownRequest.StopNow)
            {
                break;
            }

            var full = false;
            if (!endQueued)
            {
                full = !MoveInboxToQueue();
                if (!full && requested == ShutdownRequest.Finish)
                {
                    endQueued = TryQueue(OutgoingMessage<T>.EndOfStream);
                    full = !endQueued;
                }
            }

            if (endQueued && _endPublished)
            {
                SendStatusReports();
                break;
            }

            // After the end marker is queued only the pump's "published" wakes matter; data arriving later is
            // past the end of the stream and stays in the inbox.
            if (full || endQueued || !(AnyReady() || _hasHeld))
            {
                Pause();
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <summary>Moves what the inbox holds into the queue; false when the queue filled up first.</summary>
    private bool MoveInboxToQueue()
    {
        // A message the full queue refused waits here, ahead of the inbox, so order is kept and at most one
        // message sits outside both.
        if (_hasHeld)
        {
            if (!TryQueue(new OutgoingMessage<T>(_held, false)))
            {
                return false;
            }

            _hasHeld = false;
            _held = default!;
        }

        while (Inbox.TryRecv(out var message))
        {
            if (!TryQueue(new OutgoingMessage<T>(message, false)))
            {
                _held = message;
                _hasHeld = true;
                return false;
            }
        }

        return true;
    }

    private bool TryQueue(OutgoingMessage<T> message)
    {
        if (_queue.Writer.TryWrite(message))
        {
            CountQueued(message);
            return true;
        }

        // Announce the wait, then try once more: the pump may have made room between the two.
        Volatile.Write(ref _waitingForRoom, 1);
        Interlocked.MemoryBarrier();
        if (_queue.Writer.TryWrite(message))
        {
            Interlocked.Exchange(ref _waitingForRoom, 0);
            CountQueued(message);
            return true;
        }

        return false;
    }

    private void CountQueued(OutgoingMessage<T> message)
    {
        if (!message.IsEndOfStream)
        {
            Interlocked.Increment(ref _queued);
        }
    }
}
