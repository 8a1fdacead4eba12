using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Publishes what arrives on its "inbox" to the <see cref="Backplane"/> of the given name. Normally its inbox
/// is linked straight into the backplane, so published data never passes through its code; as a forwarder it
/// also copies everything to its own "outbox". Control messages are passed to "signal"; ProducerFinished or
/// ShutdownMicroprocess end it (without ending the backplane).
/// </summary>
[Inbox("inbox", "Data to publish")]
[Inbox("control", "Passed on to signal; shutdown signals end the publisher")]
[Outbox("outbox", "A copy of the published data, when a forwarder", Optional = true)]
[Outbox("signal", "The control messages received")]
[Outbox("_outbox", "To the backplane, when a forwarder")]
public sealed partial class PublishTo : Component
{
    private readonly string _backplane;
    private readonly bool _forwarder;

    /// <summary>Creates the publisher.</summary>
    public PublishTo(string backplane, bool forwarder = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(backplane);
        _backplane = backplane;
        _forwarder = forwarder;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var (splitter, inbox) = BackplaneLookup.Find(this, _backplane, Backplane.InputService(_backplane));
        if (_forwarder)
        {
            Link((this, "_outbox"), (splitter, inbox));
        }
        else
        {
            Link((this, "inbox"), (splitter, inbox), Passthrough.Inward);
        }

        while (true)
        {
            while (_forwarder && Inbox.TryRecv(out var message))
            {
                Outbox.Send(message);
                _Outbox.Send(message);
            }

            // Every control message is passed on, as Kamaelia's PublishTo does; either shutdown signal ends it.
            while (Control.TryRecv(out var control))
            {
                Signal.Send(control);
                if (RememberShutdown(control) != ShutdownRequest.None)
                {
                    yield break;
                }
            }

            if (!AnyReady())
            {
                Pause();
            }

            yield return null;
        }
    }
}
