using Axon;

namespace Kamaelia.Util;

/// <summary>
/// The typed pure transformer: sends <c>function(value)</c> for every <typeparamref name="TIn"/> value, with the
/// standard shutdown convention (queued values are transformed before ProducerFinished is forwarded). Unlike
/// <see cref="Transformer{TIn, TOut}"/> it is written with a handler, so its boxes, loop and checks are generated.
/// </summary>
/// <typeparam name="TIn">What "inbox" carries.</typeparam>
/// <typeparam name="TOut">What "outbox" carries.</typeparam>
public sealed partial class PureTransformer<TIn, TOut> : Component
{
    private readonly Func<TIn, TOut> _function;

    /// <summary>Creates the transformer.</summary>
    public PureTransformer(Func<TIn, TOut> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _function = function;
    }

    /// <summary>Values to transform.</summary>
    [Inbox("inbox", "Values to transform")]
    public partial Inbox<TIn> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "Shutdown signals")]
    public partial Inbox<object> Control { get; }

    /// <summary>The results.</summary>
    [Outbox("outbox", "The results")]
    public partial Outbox<TOut> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnValue(TIn value) => Outbox.Send(_function(value));
}
