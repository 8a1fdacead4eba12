namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="DataSource{T}"/>: sends each item on "outbox" (as <see cref="object"/>), one per step,
/// then ProducerFinished on "signal". Prefer <c>new DataSource&lt;T&gt;(items)</c> when the items have one type, so
/// that the analyzers can check what they are sent to.
/// </summary>
public sealed class DataSource : DataSource<object>
{
    /// <summary>Creates the source.</summary>
    public DataSource(IEnumerable<object> items)
        : base(items)
    {
    }
}
