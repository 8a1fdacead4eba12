namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="TriggeredOneShot{T}"/>, whose boxes carry <see cref="object"/>. Prefer <c>new TriggeredOneShot&lt;T&gt;(...)</c>
/// when the messages have one type, so that the analyzers can check what it is linked to.
/// </summary>
public sealed class TriggeredOneShot : TriggeredOneShot<object>
{
    /// <summary>Creates the component.</summary>
    public TriggeredOneShot(object message)
        : base(message)
    {
    }
}
