namespace Axon;

/// <summary>
/// Delivers messages from a box of element type <typeparamref name="TFrom"/> into an inbox of element type
/// <typeparamref name="TTo"/>: an upcast (string into object) always succeeds; a downcast (object into string,
/// as when an untyped box feeds a typed one) is checked per message and refused with a clear error.
/// </summary>
internal sealed class ConvertingSink<TFrom, TTo>(Inbox<TTo> target, Box source) : IMessageSink<TFrom>
{
    public void Deliver(TFrom message, bool ignoreSizeLimit)
    {
        if (message is TTo converted)
        {
            target.Enqueue(converted, ignoreSizeLimit);
        }
        else if (message is null && default(TTo) is null)
        {
            target.Enqueue(default!, ignoreSizeLimit);
        }
        else
        {
            throw new BoxTypeMismatchException(
                $"A {message?.GetType().Name ?? "null"} sent through {source.Direction.ToString().ToLowerInvariant()} '{source.Name}' of {source.Owner.Name} cannot enter inbox '{target.Name}' of {target.Owner.Name}, which takes {TypeNames.Of(typeof(TTo))}.",
                target);
        }
    }
}
