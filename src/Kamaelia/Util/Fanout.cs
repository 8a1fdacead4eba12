namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="Fanout{T}"/>: sends every message that arrives on "inbox" to each of the named outboxes.
/// Prefer <c>new Fanout&lt;T&gt;(names)</c> when the messages have one type, so that the analyzers can check what
/// feeds it.
/// </summary>
public sealed class Fanout : Fanout<object>
{
    /// <summary>Creates the fanout with one outbox per name.</summary>
    public Fanout(params string[] outboxes)
        : base(outboxes)
    {
    }
}
