using System.Diagnostics.CodeAnalysis;

namespace Axon;

/// <summary>
/// A component's inboxes or outboxes as a read-only dictionary by name, in declaration order: a view over the
/// component's own list of boxes, made when asked for, so that components keep no dictionaries of their own.
/// </summary>
internal sealed class BoxTable(Component component, BoxDirection direction) : IReadOnlyDictionary<string, Box>
{
    public Box this[string key] =>
        TryGetValue(key, out var box) ? box : throw new KeyNotFoundException($"{component.Name} has no {direction.ToString().ToLowerInvariant()} '{key}'.");

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<Box> Values => this.Select(pair => pair.Value);

    public int Count
    {
        get
        {
            var count = 0;
            for (var i = 0; i < component.BoxCount; i++)
            {
                if (component.BoxAt(i).Direction == direction)
                {
                    count++;
                }
            }

            return count;
        }
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Box value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = component.FindBox(key, direction);
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, Box>> GetEnumerator()
    {
        for (var i = 0; i < component.BoxCount; i++)
        {
            var box = component.BoxAt(i);
            if (box.Direction == direction)
            {
                yield return new KeyValuePair<string, Box>(box.Name, box);
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
