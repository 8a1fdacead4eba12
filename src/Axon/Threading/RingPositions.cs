using System.Runtime.InteropServices;

namespace Axon;

/// <summary>
/// The positions of a <see cref="BoundedRing{T}"/>: the writers' and the reader's on cache lines of their own (and
/// away from the ring's read-only fields), so that one end moving does not invalidate the line the other end
/// reads. 128 bytes a line: adjacent-line prefetching pairs 64-byte lines. Not nested in the generic ring because
/// the runtime refuses explicit layout on generic types.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 3 * 128)] // three lines of LineSize
internal struct RingPositions
{
    private const int LineSize = 128;

    /// <summary>The next position to write.</summary>
    [FieldOffset(LineSize)]
    public long Write;

    /// <summary>The writers' last look at <see cref="Read"/>, for the capacity check.</summary>
    [FieldOffset(LineSize + sizeof(long))]
    public long CachedRead;

    /// <summary>The next position to read.</summary>
    [FieldOffset(2 * LineSize)]
    public long Read;
}
