using Axon;

namespace Kamaelia.Util;

/// <summary>
/// Holds a list of items and a position in it. It sends the first item when it starts, then, for each command
/// on "inbox", moves and sends the item chosen: "NEXT", "PREV", "FIRST", "LAST", "SAME", "RANDOM", or
/// <c>("GOTO", index)</c>. Moving past either end stays put, unless <c>loop</c> wraps around.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <remarks>Its boxes are declared on partial properties, so that "outbox" carries <typeparamref name="T"/>.</remarks>
public sealed partial class Chooser<T> : Component
{
    /// <summary>Commands: NEXT, PREV, FIRST, LAST, SAME, RANDOM, (GOTO, index).</summary>
    [Inbox("inbox", "Commands: NEXT, PREV, FIRST, LAST, SAME, RANDOM, (GOTO, index)")]
    public partial Inbox<object> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The chosen item.</summary>
    [Outbox("outbox", "The chosen item")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    private readonly T[] _items;
    private readonly bool _loop;
    private readonly Random _random;

    /// <summary>Creates the chooser.</summary>
    /// <param name="items">The items; empty is allowed (commands then send nothing).</param>
    /// <param name="loop">When true, NEXT after the last item goes to the first, and PREV before the first to the last.</param>
    /// <param name="random">The random source for RANDOM; a fixed seed makes it repeatable.</param>
    public Chooser(IEnumerable<T> items, bool loop = false, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        _loop = loop;
        _random = random ?? Random.Shared;
    }

    /// <summary>The position of the current item.</summary>
    public int Position { get; private set; }

    /// <summary>How many commands were not understood.</summary>
    public int UnknownCommands { get; private set; }

    partial void OnStart() => SendCurrent();

    [Handles("inbox")]
    private void OnCommand(object command)
    {
        if (_items.Length == 0)
        {
            return;
        }

        var last = _items.Length - 1;
        int? next = command switch
        {
            "NEXT" => Position < last ? Position + 1 : _loop ? 0 : Position,
            "PREV" => Position > 0 ? Position - 1 : _loop ? last : Position,
            "FIRST" => 0,
            "LAST" => last,
            "SAME" => Position,
            "RANDOM" => _random.Next(_items.Length),
            ("GOTO", int index) => Math.Clamp(index, 0, last),
            _ => null,
        };

        if (next is not { } position)
        {
            UnknownCommands++;
            return;
        }

        Position = position;
        SendCurrent();
    }

    private void SendCurrent()
    {
        if (_items.Length > 0)
        {
            Outbox.Send(_items[Position]);
        }
    }
}
