using System.Runtime.CompilerServices;

namespace Axon;

/// <summary>
/// The scheduler's per-pass lists (the run queue, pause and wake requests). Unlike <see cref="List{T}"/> of a
/// non-sealed class, an add needs no covariant array-store check (the items sit in a struct), and clearing the
/// few entries of a pass is a short loop rather than a call to clear memory.
/// </summary>
internal sealed class PassList<T>
{
    private const int TrimmedCapacity = 64;

    private Entry[] _entries = new Entry[8];

    public int Count { get; private set; }

    public T this[int index] => _entries[index].Item;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        var entries = _entries;
        var count = Count;
        if ((uint)count < (uint)entries.Length)
        {
            entries[count].Item = item;
            Count = count + 1;
            return;
        }

        AddGrowing(item);
    }

    /// <summary>Overwrites an entry (the pass compacting its run queue in place).</summary>
    public void SetAt(int index, T item) => _entries[index].Item = item;

    /// <summary>Keeps the first <paramref name="count"/> entries and lets go of the rest.</summary>
    public void Truncate(int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            var entries = _entries;
            for (var i = count; i < Count; i++)
            {
                entries[i].Item = default!;
            }
        }

        Count = count;
    }

    public void AddRange(PassList<T> other)
    {
        for (var i = 0; i < other.Count; i++)
        {
            Add(other[i]);
        }
    }

    /// <summary>
    /// True when an entry matches. <see cref="Scheduler.HasRunnableComponents"/> calls it from other threads,
    /// so it reads the array once and stays within it if the scheduler's thread replaces it meanwhile.
    /// </summary>
    public bool Exists(Func<T, bool> match)
    {
        var entries = _entries;
        var count = Math.Min(Count, entries.Length);
        for (var i = 0; i < count; i++)
        {
            if (match(entries[i].Item))
            {
                return true;
            }
        }

        return false;
    }

    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            // Let go of the components, so that one that ended is not kept alive by a stale entry.
            var entries = _entries;
            for (var i = 0; i < Count; i++)
            {
                entries[i].Item = default!;
            }
        }

        Count = 0;
    }

    /// <summary>True when the list has grown past its starting size and could give memory back.</summary>
    public bool IsOversized => _entries.Length > TrimmedCapacity;

    /// <summary>
    /// Gives back the memory of a burst (a million components activated at once) once the list is empty, so an
    /// idle scheduler does not keep it; a list in steady use is never empty when this is called.
    /// </summary>
    public void TrimIfEmpty()
    {
        if (Count == 0 && IsOversized)
        {
            _entries = new Entry[TrimmedCapacity];
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddGrowing(T item)
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _entries[Count].Item = item;
        Count++;
    }

    private struct Entry
    {
        public T Item;
    }
}
