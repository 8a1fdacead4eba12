namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="TriggeredSource{T}"/>, whose boxes carry <see cref="object"/>. Prefer <c>new TriggeredSource&lt;T&gt;(...)</c>
/// when the messages have one type, so that the analyzers can check what it is linked to.
/// </summary>
public sealed class TriggeredSource : TriggeredSource<object>
{
    /// <summary>Creates the component.</summary>
    public TriggeredSource(object message)
        : base(message)
    {
    }
}
