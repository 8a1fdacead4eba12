using System.Threading.Channels;
using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Takes what arrives on "inbox" out of a graph into a bounded channel, for code outside the graph to read with
/// <see cref="Reader"/> (a <see cref="ChannelReader{T}"/>) or <c>await foreach</c> over <see cref="ReadAllAsync"/>.
/// <para>
/// Backpressure both ways: it collects from "inbox" only while the channel has room, so when the reader falls
/// behind its inbox fills up (its <see cref="Inbox{T}.SizeLimit"/> is the channel's capacity unless changed) and the
/// producers in the graph are held back; it sleeps until the reader makes room, then carries on.
/// </para>
/// <para>
/// Ending: <see cref="ProducerFinished"/> on "control" writes everything queued (waiting for room as usual), then
/// completes the channel and forwards the signal; <see cref="ShutdownMicroprocess"/> completes the channel at once,
/// leaving what is queued unwritten, and forwards it. A component that is stopped without either (its scheduler
/// stopped, or the system ended by a fault) completes the channel with a <see cref="ComponentStoppedException"/>,
/// so a reader never waits for ever on a system that has gone.
/// </para>
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public sealed class ChannelSink<T> : Component
{
    private static readonly ComponentDescriptor s_declaration = new(
        "ChannelSink<" + TypeNames.Of(typeof(T)) + ">",
        [
            BoxDescriptor.Inbox<T>("inbox", "Items to write to the channel"),
            BoxDescriptor.Inbox<object>("control", "ProducerFinished: write what is queued, then complete; ShutdownMicroprocess: complete at once"),
            BoxDescriptor.Outbox<object>("outbox", "Not used"),
            BoxDescriptor.Outbox<object>("signal", "The shutdown signal, once the channel is complete"),
        ]);

    private readonly Channel<T> _channel;
    private readonly int _capacity;
    private Action? _wake;

    /// <summary>Creates the sink and its channel.</summary>
    /// <param name="capacity">How many items the channel holds before the sink stops collecting (16 by default).</param>
    public ChannelSink(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        Inbox.SizeLimit = capacity;
    }

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;

    /// <summary>Items to write to the channel.</summary>
    public Inbox<T> Inbox => GetInbox<T>("inbox");

    /// <summary>Shutdown signals.</summary>
    public Inbox<object> Control => GetInbox<object>("control");

    /// <summary>Not used.</summary>
    public Outbox<object> Outbox => GetOutbox<object>("outbox");

    /// <summary>The shutdown signal, forwarded once the channel is complete.</summary>
    public Outbox<object> Signal => GetOutbox<object>("signal");

    /// <summary>The channel's reader: safe from any thread, as channels are.</summary>
    public ChannelReader<T> Reader => _channel.Reader;

    /// <summary>How many items the sink has written to the channel.</summary>
    public long Written { get; private set; }

    /// <summary>Reads every item until the channel is complete: <c>await foreach (var item in sink.ReadAllAsync())</c>.</summary>
    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken = default) => _channel.Reader.ReadAllAsync(cancellationToken);

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        _wake = Unpause;
        var cancellation = ShutdownToken;
        cancellation.Register(static state => ((ChannelSink<T>)state!).CompleteAsStopped(), this);
        var inbox = Inbox;
        var writer = _channel.Writer;
        var reader = _channel.Reader;
        while (ReadControl(Control) != ShutdownRequest.StopNow)
        {
            // The sink is the only writer, so while the channel counts fewer than its capacity a write cannot fail.
            while (reader.Count < _capacity && inbox.TryRecv(out var item))
            {
                writer.TryWrite(item);
                Written++;
            }

            if (inbox.Count == 0 && RequestedShutdown == ShutdownRequest.Finish)
            {
                break;
            }

            if (inbox.Count > 0)
            {
                // The channel is full: sleep until the reader makes room (or a control message arrives).
                var room = writer.WaitToWriteAsync(cancellation).AsTask();
                if (!room.IsCompleted)
                {
                    room.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_wake);
                    Pause();
                }
            }
            else
            {
                Pause();
            }

            yield return null;
        }

        writer.TryComplete();
        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    /// <inheritdoc />
    protected override void OnClosedDown() => CompleteAsStopped();

    private void CompleteAsStopped() => _channel.Writer.TryComplete(new ComponentStoppedException(this));
}
