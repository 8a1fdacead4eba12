using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Sends each item on "outbox", one per step, then ProducerFinished on "signal", and ends. A full destination
/// holds it back: it waits, woken when the consumer collects, and loses nothing. ShutdownMicroprocess on
/// "control" stops it early (forwarded on "signal").
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "ShutdownMicroprocess stops it early")]
[Outbox("outbox", "The items")]
[Outbox("signal", "ProducerFinished after the last item")]
public sealed partial class DataSource : Component
{
    private readonly IEnumerable<object> _items;

    /// <summary>Creates the source.</summary>
    public DataSource(IEnumerable<object> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
    }

    /// <summary>How many items to send per step (1 by default, as in Kamaelia).</summary>
    public int BatchSize { get; init; } = 1;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        using var items = _items.GetEnumerator();
        var pending = items.MoveNext();
        while (pending)
        {
            if (Control.TryRecv(out var control) && control is ShutdownMicroprocess stop)
            {
                Signal.Send(stop);
                yield break;
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

        Signal.Send(new ProducerFinished(this));
    }
}
