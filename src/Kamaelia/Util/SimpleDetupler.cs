using System.Runtime.CompilerServices;
using Axon;

namespace Kamaelia.Util;

/// <summary>Sends one element of each tuple (or list) it receives: the element at the given index.</summary>
[Inbox("inbox", "Tuples or lists")]
[Inbox("control", "Shutdown signals")]
[Outbox("outbox", "The chosen element of each")]
[Outbox("signal", "The shutdown signal")]
public sealed partial class SimpleDetupler : Component
{
    private readonly int _index;

    /// <summary>Creates the detupler.</summary>
    public SimpleDetupler(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        _index = index;
    }

    [Handles("inbox")]
    private void OnTuple(object value)
    {
        var element = value switch
        {
            ITuple tuple when _index < tuple.Length => tuple[_index],
            System.Collections.IList list when _index < list.Count => list[_index],
            _ => throw new ArgumentException($"{Name} takes element {_index} of tuples and lists; {value} has none.", nameof(value)),
        };
        Outbox.Send(element!);
    }
}
