namespace Kamaelia.Util;

/// <summary>
/// The untyped <see cref="LossyConnector{T}"/>, whose boxes carry <see cref="object"/>. Prefer
/// <c>new LossyConnector&lt;T&gt;()</c> when the messages have one type, so that the analyzers can check what it is
/// linked to.
/// </summary>
public sealed class LossyConnector : LossyConnector<object>
{
}
