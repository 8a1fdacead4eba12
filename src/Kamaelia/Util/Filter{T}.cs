using Axon;

namespace Kamaelia.Util;

/// <summary>
/// The typed filter: passes on only the <typeparamref name="T"/> values the predicate accepts, with the standard
/// shutdown convention; a full destination holds it back (nothing is lost).
/// </summary>
/// <typeparam name="T">The values' type, carried by both "inbox" and "outbox".</typeparam>
public sealed partial class Filter<T> : Component
{
    private readonly Func<T, bool> _accept;

    /// <summary>Creates the filter.</summary>
    public Filter(Func<T, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        _accept = accept;
    }

    /// <summary>Values to filter.</summary>
    [Inbox("inbox", "Values to filter")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The accepted values.</summary>
    [Outbox("outbox", "The accepted values")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many values were rejected.</summary>
    public long Rejected { get; private set; }

    [Handles("inbox")]
    private void OnValue(T value)
    {
        if (_accept(value))
        {
            Outbox.Send(value);
        }
        else
        {
            Rejected++;
        }
    }
}
