using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs items one after another: a component is adopted, its "inbox" fed from the Seq's inbox and its "outbox"
/// leaving through the Seq's, until it ends; a string is written to the Seq's text output (standard output by
/// default) and skipped. After the last item it sends ProducerFinished on "signal". The items' signals are not
/// linked, so what follows the Seq is not shut down between items.
/// </summary>
/// <remarks>
/// Control follows Kamaelia's convention: ShutdownMicroprocess is passed to the current item, the items not yet
/// started never run, and the Seq sends it on "signal" and ends at once. ProducerFinished (no more input) is
/// passed to the current item and to every later item as it starts, so each finishes its queued work and ends;
/// the Seq still runs every item and sends ProducerFinished after the last.
/// </remarks>
[Inbox("inbox", "Forwarded to the current item's inbox")]
[Inbox("control", "ShutdownMicroprocess stops the current item and the Seq; ProducerFinished is passed to each item")]
[Outbox("outbox", "What the current item sends on its outbox")]
[Outbox("signal", "ProducerFinished after the last item")]
public sealed partial class Seq : Component
{
    private readonly object[] _items;

    /// <summary>Creates the sequence of components and strings.</summary>
    public Seq(params object[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            if (item is Component component)
            {
                StandardBoxes.Require(component, nameof(Seq), "inbox", "outbox");
            }
            else if (item is not string)
            {
                throw new ArgumentException($"A Seq runs components and prints strings; {item?.GetType().Name ?? "null"} is neither.", nameof(items));
            }
        }

        _items = items;
    }

    /// <summary>Where string items are written.</summary>
    public TextWriter Output { get; init; } = Console.Out;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        HoldMessagesWhenFull = true;
        var toItemControl = DeclareOutbox<object>("_control", "Control passed to the current item");
        foreach (var item in _items)
        {
            if (item is string text)
            {
                Output.WriteLine(text);
                continue;
            }

            var child = (Component)item;
            AddChildren(child);
            var input = Link((this, "inbox"), (child, "inbox"), Passthrough.Inward);
            var output = Link((child, "outbox"), (this, "outbox"), Passthrough.Outward);
            var controlLink = child.Inboxes.ContainsKey("control") ? Link((this, toItemControl.Name), (child, "control")) : null;
            if (RequestedShutdown == ShutdownRequest.Finish)
            {
                toItemControl.Send(ReceivedShutdownSignal!);
            }

            yield return new NewComponent(child);
            while (!ChildrenDone())
            {
                while (Control.TryRecv(out var message))
                {
                    var asked = RememberShutdown(message);
                    if (asked != ShutdownRequest.None)
                    {
                        toItemControl.Send(message);
                    }

                    if (asked == ShutdownRequest.StopNow)
                    {
                        // Unlike ProducerFinished, which every later item is given too, a stop ends the Seq at
                        // once: the items not yet started never run.
                        while (!TryForwardShutdownSignal(Signal))
                        {
                            Pause();
                            yield return null;
                        }

                        yield break;
                    }
                }

                Pause();
                yield return null;
            }

            Unlink(linkage: input);
            Unlink(linkage: output);
            if (controlLink is not null)
            {
                Unlink(linkage: controlLink);
            }
        }

        while (Control.TryRecv(out var late) && late is not ShutdownMicroprocess)
        {
            // Only the stop matters once the last item has ended; it is forwarded below either way.
        }

        // Every item has run to its end: the Seq reports a ProducerFinished of its own, as Kamaelia's does.
        var finished = new ProducerFinished(this);
        while (!TryForwardShutdownSignal(Signal, finished))
        {
            Pause();
            yield return null;
        }
    }
}
