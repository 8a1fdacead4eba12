using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends each item on "outbox", one per step, then ProducerFinished on "signal", and ends. A full destination
/// holds it back: it waits, woken when the consumer collects, and loses nothing. ShutdownMicroprocess on
/// "control" stops it early (forwarded on "signal").
/// </summary>
/// <typeparam name="T">The items' type, carried by "outbox".</typeparam>
public partial class DataSource<T> : Component
{
    private readonly IEnumerable<T> _items;

    /// <summary>Creates the source.</summary>
    public DataSource(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
    }

    /// <summary>Not used: present so that the source can start a Pipeline.</summary>
    [Inbox("inbox", "Not used", Optional = true)]
    public partial Inbox<object> Inbox { get; }

    /// <summary>ShutdownMicroprocess stops it early.</summary>
    [Inbox("control", "ShutdownMicroprocess stops it early")]
    public partial Inbox<object> Control { get; }

    /// <summary>The items, in order.</summary>
    [Outbox("outbox", "The items")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>ProducerFinished after the last item.</summary>
    [Outbox("signal", "ProducerFinished after the last item")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many items to send per step (1 by default, as in Kamaelia).</summary>
    public int BatchSize { get; init; } = 1;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        using var items = _items.GetEnumerator();
        var pending = items.MoveNext();
        while (pending)
        {
            // A source has no upstream to finish: ProducerFinished is ignored; ShutdownMicroprocess stops it and is forwarded.
            if (ReadControl(Control) == ShutdownRequest.StopNow)
            {
                break;
            }

            for (var sent = 0; pending && sent < BatchSize; sent++)
            {
                if (!Outbox.TrySend(items.Current))
                {
                    // The destination is full: sleep until the consumer collects.
                    Pause();
                    break;
                }

                pending = items.MoveNext();
            }

            yield return null;
        }

        var finished = pending ? null : new ProducerFinished(this);
        while (!TryForwardShutdownSignal(Signal, finished))
        {
            Pause();
            yield return null;
        }
    }
}
