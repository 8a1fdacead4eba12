using Axon;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Kamaelia.Nats;

/// <summary>
/// Publishes each message that arrives on "inbox" into a JetStream stream, at least once and without
/// duplicates: every message carries a message id (<c>Nats-Msg-Id</c>: the <see cref="NatsPublisherLink{T}.PublisherId"/>
/// and the message's number), and counts as sent only when the stream has acknowledged it. When the broker
/// is lost the unacknowledged messages are published again, in order, once it is back; the stream's duplicate
/// window discards the copies it already stored. Up to <see cref="MaxInFlight"/> publishes wait for their
/// acknowledgement at once. ProducerFinished on "control" publishes the end-of-stream marker after the data.
/// The stream (by default <c>KAMAELIA_</c> and the subject in capitals) is created if it does not exist.
/// </summary>
/// <typeparam name="T">The messages' type. Carried by "inbox" or "outbox", whose boxes are declared on partial properties so that they can use it.</typeparam>
public sealed partial class NatsDurablePublishTo<T> : NatsPublisherLink<T>
{
    private long _republished;
    private long _duplicates;

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
    [Outbox("signal", "The shutdown signal, once the stream has acknowledged the end of the stream")]
    public override partial Outbox<object> Signal { get; }

    /// <summary>Reports about the connection; leaving it unlinked is normal.</summary>
    [Outbox("status", "NatsDisconnected / NatsReconnected", Optional = true)]
    public override partial Outbox<NatsLinkStatus> Status { get; }

    /// <summary>Creates the publisher; a subject that is empty, has white space or a wildcard is refused here.</summary>
    /// <param name="subject">The subject to publish to; the stream captures it.</param>
    /// <param name="options">The connection options (server URL first); <see cref="NatsOpts.Default"/> when null.</param>
    /// <param name="bufferCapacity">How many messages may wait between the component and the connection before the inbox is held back.</param>
    public NatsDurablePublishTo(string subject, NatsOpts? options = null, int bufferCapacity = 4096)
        : base(subject, options, bufferCapacity)
    {
        Stream = NatsStreamNames.ForSubject(subject);
    }


    /// <summary>The JetStream stream's name.</summary>
    public string Stream { get; init; }

    /// <summary>How long the stream remembers message ids to discard copies (used when it creates the stream).</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many publishes may wait for their acknowledgement at once. 1 keeps the stream's order equal to the
    /// inbox's order even across a broker restart; more is faster, and then a message refused during a
    /// restart can be stored after messages that were already in flight behind it.
    /// </summary>
    public int MaxInFlight { get; init; } = 256;

    /// <summary>How many repeated publishes the stream recognised by their message id and did not store again.</summary>
    public long DuplicatesDiscarded => Interlocked.Read(ref _duplicates);

    /// <summary>How long to wait for the stream's acknowledgement before publishing the message again.</summary>
    public TimeSpan AcknowledgementTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many publishes were repeated after a broker loss (the stream discarded those it already had).</summary>
    public long Republished => Interlocked.Read(ref _republished);

    private protected override async Task PumpAsync(NatsConnection connection, INatsSerializer<T> serializer, CancellationToken closing)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInFlight, 1);
        var jetStream = new NatsJSContext(connection);
        await DurableStreamSettings.EnsureAsync(jetStream, Stream, Subject, DuplicateWindow, closing).ConfigureAwait(false);
        var inFlight = new Queue<PendingPublish>();
        long number = 0;
        while (true)
        {
            while (inFlight.Count < MaxInFlight && Queue.TryRead(out var message))
            {
                RoomMade();
                number++;
                var id = MessageId(message, number);
                var session = SessionToken;
                inFlight.Enqueue(new PendingPublish(message, id, Start(jetStream, serializer, message, id, closing), session));
            }

            if (inFlight.Count == 0)
            {
                if (!await Queue.WaitToReadAsync(closing).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var oldest = inFlight.Peek();
            if (!await SucceededAsync(oldest.Acknowledgement, oldest.Session, closing).ConfigureAwait(false))
            {
                await RepublishAsync(jetStream, serializer, inFlight, closing).ConfigureAwait(false);
                continue;
            }

            inFlight.Dequeue();
            if (Finished(oldest.Message))
            {
                return;
            }
        }
    }

    private string MessageId(OutgoingMessage<T> message, long number) =>
        message.IsEndOfStream ? $"{PublisherId}-end" : $"{PublisherId}-{number}";

    private Task<PubAckResponse> Start(NatsJSContext jetStream, INatsSerializer<T> serializer, OutgoingMessage<T> message, string id, CancellationToken closing)
    {
        var options = new NatsJSPubOpts { MsgId = id };
        return message.IsEndOfStream
            ? jetStream.PublishAsync(Subject, Array.Empty<byte>(), opts: options, headers: NatsStreamHeaders.EndOfStream(PublisherId), cancellationToken: closing).AsTask()
            : jetStream.PublishAsync(Subject, message.Value, serializer, options, cancellationToken: closing).AsTask();
    }

    /// <summary>Counts an acknowledged message; true when it was the end of the stream.</summary>
    private bool Finished(OutgoingMessage<T> message)
    {
        if (message.IsEndOfStream)
        {
            EndPublished();
            return true;
        }

        MessageSent();
        return false;
    }

    /// <summary>
    /// The broker was lost with publishes in flight: once it is back, publish each again, one at a time and in
    /// order, until the stream acknowledges it (as new or as a duplicate it already had).
    /// </summary>
    private async Task RepublishAsync(NatsJSContext jetStream, INatsSerializer<T> serializer, Queue<PendingPublish> inFlight, CancellationToken closing)
    {
        var pause = TimeSpan.FromMilliseconds(50);
        while (inFlight.TryPeek(out var pending))
        {
            await WhenConnectedAsync().WaitAsync(closing).ConfigureAwait(false);
            Interlocked.Increment(ref _republished);
            var session = SessionToken;
            if (!await SucceededAsync(Start(jetStream, serializer, pending.Message, pending.Id, closing), session, closing).ConfigureAwait(false))
            {
                // JetStream answers "no responders" for a moment after the server restarts: back off a little.
                await Task.Delay(pause, closing).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(1).Ticks));
                continue;
            }

            // The original attempts behind this one are abandoned; observe them so their failures are not left unseen.
            _ = pending.Acknowledgement.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            inFlight.Dequeue();
            pause = TimeSpan.FromMilliseconds(50);
            if (Finished(pending.Message))
            {
                return;
            }
        }
    }

    /// <summary>
    /// True when the stream acknowledged; false when the broker could not be reached, the connection the
    /// publish went out on was lost, or no answer came within <see cref="AcknowledgementTimeout"/> (all worth
    /// trying again: the message id makes a repeat harmless). A refusal by the stream itself (too large, no
    /// such stream...) would repeat forever, so it ends the link.
    /// </summary>
    private async Task<bool> SucceededAsync(Task<PubAckResponse> acknowledgement, CancellationToken session, CancellationToken closing)
    {
        try
        {
            // Waiting on the session too: an answer cannot come over a connection that is gone, so a loss means
            // "publish again" at once rather than after the client's request timeout.
            var response = await acknowledgement.WaitAsync(AcknowledgementTimeout, session).ConfigureAwait(false);
            if (response.Duplicate)
            {
                // The stream already had it (an earlier attempt whose acknowledgement was lost): done.
                Interlocked.Increment(ref _duplicates);
                return true;
            }

            response.EnsureSuccess();
            return true;
        }
        catch (NatsJSDuplicateMessageException)
        {
            Interlocked.Increment(ref _duplicates);
            return true;
        }
        catch (NatsJSApiException refused) when (refused.Error.Code != 503)
        {
            throw new NatsLinkException(this, "inbox", $"stream '{Stream}' refused a message on '{Subject}': {refused.Error.Description} ({refused.Error.Code})", refused);
        }
        catch (Exception exception) when (exception is NatsException or TimeoutException or OperationCanceledException && !closing.IsCancellationRequested)
        {
            return false;
        }
    }

    private sealed record PendingPublish(OutgoingMessage<T> Message, string Id, Task<PubAckResponse> Acknowledgement, CancellationToken Session);
}
