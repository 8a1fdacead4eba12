using Axon;

namespace Kamaelia.Util;

/// <summary>
/// The typed transformer: takes <typeparamref name="TIn"/> on "inbox" and sends <typeparamref name="TOut"/> on
/// "outbox", with the standard shutdown convention. Its boxes are declared by hand because a generic type's
/// parameters cannot appear in attributes.
/// </summary>
public sealed class Transformer<TIn, TOut> : Component
{
    private static readonly ComponentDescriptor s_declaration = new(
        "Transformer<" + TypeNames.Of(typeof(TIn)) + ", " + TypeNames.Of(typeof(TOut)) + ">",
        [
            BoxDescriptor.Inbox<TIn>("inbox", "Values to transform"),
            BoxDescriptor.Inbox<object>("control", "Shutdown signals"),
            BoxDescriptor.Outbox<TOut>("outbox", "The results"),
            BoxDescriptor.Outbox<object>("signal", "The shutdown signal"),
        ]);

    private readonly Func<TIn, TOut> _function;

    /// <summary>Creates the transformer.</summary>
    public Transformer(Func<TIn, TOut> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _function = function;
    }

    /// <summary>The values to transform.</summary>
    public Inbox<TIn> Inbox => GetInbox<TIn>("inbox");

    /// <summary>Shutdown signals.</summary>
    public Inbox<object> Control => GetInbox<object>("control");

    /// <summary>The results.</summary>
    public Outbox<TOut> Outbox => GetOutbox<TOut>("outbox");

    /// <summary>The shutdown signal.</summary>
    public Outbox<object> Signal => GetOutbox<object>("signal");

    /// <summary>The declared boxes.</summary>
    public static ComponentDescriptor Declaration => s_declaration;

    /// <inheritdoc />
    public override ComponentDescriptor Descriptor => s_declaration;

    /// <inheritdoc />
    /// <remarks>
    /// Behaves as a generated handler loop: a result sent into a full inbox is held and nothing more is taken until
    /// it has gone; ProducerFinished transforms what is queued, then is forwarded; ShutdownMicroprocess stops at
    /// once, leaving queued values untransformed.
    /// </remarks>
    protected override IEnumerable<object?> Main()
    {
        HoldMessagesWhenFull = true;
        var inbox = Inbox;
        var control = Control;
        var outbox = Outbox;
        while (ReadControl(control) != ShutdownRequest.StopNow)
        {
            if (TryReleaseHeldMessages())
            {
                while (!HasHeldMessages && inbox.TryRecv(out var value))
                {
                    outbox.Send(_function(value));
                }

                if (RequestedShutdown == ShutdownRequest.Finish && !HasHeldMessages && inbox.Count == 0)
                {
                    break;
                }
            }

            if (HasHeldMessages || (inbox.Count == 0 && control.Count == 0))
            {
                Pause();
            }

            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }
}
