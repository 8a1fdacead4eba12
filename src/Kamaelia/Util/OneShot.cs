namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="OneShot{T}"/>, whose boxes carry <see cref="object"/>. Prefer <c>new OneShot&lt;T&gt;(...)</c>
/// when the messages have one type, so that the analyzers can check what it is linked to.
/// </summary>
public sealed class OneShot : OneShot<object>
{
    /// <summary>Creates the component.</summary>
    public OneShot(object message)
        : base(message)
    {
    }
}
