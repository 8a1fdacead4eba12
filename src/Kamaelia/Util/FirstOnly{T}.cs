using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Passes on the first <typeparamref name="T"/> that arrives on "inbox" and no other (Kamaelia's FirstOnly); the
/// later ones are taken and counted in <see cref="Ignored"/>. Standard shutdown convention.
/// </summary>
/// <typeparam name="T">The values' type, carried by "inbox" and "outbox".</typeparam>
public sealed partial class FirstOnly<T> : Component
{
    private bool _passedFirst;

    /// <summary>Values, of which only the first is passed on.</summary>
    [Inbox("inbox", "Values, of which only the first is passed on")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The first value.</summary>
    [Outbox("outbox", "The first value")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many values arrived after the first and were not passed on.</summary>
    public long Ignored { get; private set; }

    [Handles("inbox")]
    private void OnValue(T value)
    {
        if (_passedFirst)
        {
            Ignored++;
            return;
        }

        _passedFirst = true;
        Outbox.Send(value);
    }
}
