using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Runs items one after another: a component is adopted, its "inbox" fed from the Seq's inbox and its "outbox"
/// leaving through the Seq's, until it ends; a string is written to the Seq's text output (standard output by
/// default) and skipped. After the last item it sends ProducerFinished on "signal". Control and signal of the
/// items are not linked, so what follows the Seq is not shut down between items.
/// </summary>
[Inbox("inbox", "Forwarded to the current item's inbox")]
[Inbox("control", "Not used")]
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
            yield return new NewComponent(child);
            while (!ChildrenDone())
            {
                Pause();
                yield return null;
            }

            Unlink(linkage: input);
            Unlink(linkage: output);
        }

        Signal.Send(new ProducerFinished(this));
    }
}
