using Axon;
using Kamaelia.Util;

namespace Kamaelia.Files;

/// <summary>
/// What <see cref="PromptedFileReader"/> and <see cref="PromptedLineReader"/> share: a reader that reads a file only
/// when asked. Each number n on "inbox" asks for the next n items; they leave on "outbox" as they are read, with
/// asynchronous file I/O (off the scheduler's thread), no faster than the inbox "outbox" leads to takes them. At the
/// end of the file it sends <see cref="ProducerFinished"/> on "signal" and ends, whatever is still asked for.
/// <para>
/// "control": <see cref="ProducerFinished"/> answers the requests that came before it, then is forwarded;
/// <see cref="ShutdownMicroprocess"/> cancels the read in flight, closes the file and is forwarded. A negative request
/// is a fault naming the component and "inbox"; a file that cannot be opened or read is a <see cref="FileException"/>
/// naming the component and the path.
/// </para>
/// </summary>
/// <typeparam name="T">A chunk of bytes or a line.</typeparam>
public abstract partial class PromptedReader<T> : Component
    where T : class
{
    private readonly FileItems<T> _items;
    private Task<T?>? _inFlight;

    private protected PromptedReader(FileItems<T> items) => _items = items;

    /// <summary>How many items to read next.</summary>
    [Inbox("inbox", "How many items to read next")]
    public partial Inbox<int> Inbox { get; }

    /// <summary>ProducerFinished: answer the requests before it, then stop; ShutdownMicroprocess: stop now.</summary>
    [Inbox("control", "ProducerFinished: answer the requests before it, then stop; ShutdownMicroprocess: stop now")]
    public partial Inbox<object> Control { get; }

    /// <summary>The items read, in the file's order.</summary>
    [Outbox("outbox", "The items read, in the file's order")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>ProducerFinished at the end of the file, or the shutdown signal that stopped it.</summary>
    [Outbox("signal", "ProducerFinished at the end of the file, or the shutdown signal that stopped it")]
    public partial Outbox<object> Signal { get; }

    /// <summary>The file read, as given.</summary>
    public string Path => _items.Path;

    /// <summary>How many items it has read and sent.</summary>
    public long Sent { get; private set; }

    /// <summary>How many items have been asked for and not yet sent.</summary>
    public long Owed { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        HoldMessagesWhenFull = true;
        var endOfFile = false;
        while (!endOfFile && ReadControl(Control) != ShutdownRequest.StopNow)
        {
            while (Inbox.TryRecv(out var count))
            {
                if (count < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(count), count, $"{Name}: a request on \"inbox\" for {count} items; a request is a count of 0 or more.");
                }

                Owed += count;
            }

            if (Owed == 0 && RequestedShutdown == ShutdownRequest.Finish)
            {
                break;
            }

            if (Owed == 0 || !TryReleaseHeldMessages() || (Outbox.IsFull && !Outbox.FinalBox.Owner.IsStopped))
            {
                // Woken by a request, a control message, or the consumer collecting.
                Pause();
                yield return null;
                continue;
            }

            var reading = _items.ReadNextAsync(this, ShutdownToken);
            if (!reading.IsCompleted)
            {
                var task = _inFlight = this.WakeWhenDone(reading.AsTask());
                while (!task.IsCompleted)
                {
                    if (RequestedShutdown != ShutdownRequest.StopNow && ReadControl(Control) == ShutdownRequest.StopNow)
                    {
                        StopHandlerWork();
                    }

                    Pause();
                    yield return null;
                }

                _inFlight = null;
                reading = new ValueTask<T?>(task);
            }

            if (!InFlightTask.TryResult(reading.AsTask(), ShutdownToken, out var item))
            {
                // Cancelled because the component was told to stop: not a fault.
                break;
            }

            if (item is null)
            {
                endOfFile = true;
                break;
            }

            // Sent even when a stop came during the read: it has been taken from the file.
            Owed--;
            Sent++;
            Outbox.Send(item);
        }

        _items.Dispose();
        var ending = endOfFile && RequestedShutdown != ShutdownRequest.StopNow ? new ProducerFinished(this) : ReceivedShutdownSignal;
        while (!TryForwardShutdownSignal(Signal, ending))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    // Stopped with a read in flight: the file is closed once the read has ended.
    protected override void OnClosedDown() => InFlightTask.ReleaseAfter(_inFlight, _items, static items => items.Dispose());
}
