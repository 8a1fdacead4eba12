namespace Axon;

/// <summary>
/// Yielded from <see cref="Component.Main"/> to run a sub-iterator to its end before the yielding iterator
/// resumes. Values the sub-iterator yields are interpreted as if the main iterator yielded them, and
/// <see cref="Component.Pause"/> works inside it.
/// </summary>
public sealed class WaitComplete : Ipc
{
    /// <summary>Creates the request.</summary>
    public WaitComplete(IEnumerable<object?> steps, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = steps;
        Tag = tag;
    }

    /// <summary>The sub-iterator to run.</summary>
    public IEnumerable<object?> Steps { get; }

    /// <summary>A name for the detour, shown by introspection.</summary>
    public string? Tag { get; }
}
