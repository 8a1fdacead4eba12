using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs one child at a time, made by a factory from each message that arrives on "next". The child's "inbox"
/// is fed from the Carousel's "inbox" and its "outbox" leaves through the Carousel's. A new message on "next"
/// shuts the current child down (ShutdownMicroprocess) and starts the next one when it has ended; when a child
/// ends with nothing queued on "next", the Carousel asks for more by sending "NEXT" on "requestNext".
/// ProducerFinished on "control" ends it after the queued "next" messages are done; ShutdownMicroprocess ends
/// it at once (stopping the child and dropping what is queued on "next").
/// </summary>
[Inbox("inbox", "Forwarded to the current child's inbox")]
[Inbox("next", "Each message is given to the factory to make the next child")]
[Inbox("control", "ProducerFinished or ShutdownMicroprocess end the Carousel")]
[Outbox("outbox", "What the current child sends on its outbox")]
[Outbox("signal", "The shutdown message, when the Carousel ends")]
[Outbox("_signal", "Shutdown messages to the current child's control")]
[Outbox("requestNext", "\"NEXT\" when the Carousel is ready for another child")]
public sealed partial class Carousel : Component
{
    private readonly Func<object?, Component> _factory;
    private readonly bool _makeFirstRequest;

    /// <summary>Creates the Carousel.</summary>
    /// <param name="factory">Makes a child (with standard inbox, control and outbox) from a "next" message.</param>
    /// <param name="makeFirstRequest">When true, sends "NEXT" on "requestNext" as soon as it starts.</param>
    public Carousel(Func<object?, Component> factory, bool makeFirstRequest = false)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _makeFirstRequest = makeFirstRequest;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        if (_makeFirstRequest)
        {
            RequestNext.Send("NEXT");
        }

        while (ReadControl(Control) != ShutdownRequest.StopNow)
        {
            if (Next.TryRecv(out var request))
            {
                var child = _factory(request);
                StandardBoxes.Require(child, nameof(Carousel), "inbox", "control", "outbox");
                foreach (var step in RunChild(child))
                {
                    yield return step;
                }

                if (Next.Count == 0 && RequestedShutdown == ShutdownRequest.None)
                {
                    RequestNext.Send("NEXT");
                }

                continue;
            }

            // ProducerFinished ends the Carousel only once the "next" messages queued before it have had their child.
            if (RequestedShutdown == ShutdownRequest.Finish)
            {
                break;
            }

            Pause();
            yield return null;
        }

        while (!TryForwardShutdownSignal(Signal))
        {
            Pause();
            yield return null;
        }
    }

    private IEnumerable<object?> RunChild(Component child)
    {
        AddChildren(child);
        Link((this, "inbox"), (child, "inbox"), Passthrough.Inward);
        Link((this, "_signal"), (child, "control"));
        Link((child, "outbox"), (this, "outbox"), Passthrough.Outward);
        yield return new NewComponent(child);

        // One shutdown message per child: the first reason found, in Kamaelia's order of priority.
        var shutdownSent = false;
        while (!ChildrenDone())
        {
            var requested = ReadControl(Control);
            if (!shutdownSent)
            {
                // A stop-now is passed on; else a waiting "next" message stops the child now; else a finish is passed on.
                var stop = requested != ShutdownRequest.StopNow && Next.Count > 0 ? new ShutdownMicroprocess() : ReceivedShutdownSignal;
                if (stop is not null)
                {
                    _Signal.Send(stop);
                    shutdownSent = true;
                }
            }

            Pause();
            yield return null;
        }
    }
}
