using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Receives, on its "outbox", everything published to the <see cref="Backplane"/> of the given name from the
/// moment it joins (earlier data is not replayed). It ends when the backplane shuts down (passing the shutdown
/// signal on) or when told to on its own "control".
/// </summary>
[Inbox("inbox", "Not used")]
[Inbox("control", "Shutdown signals end the subscription")]
[Outbox("outbox", "Everything published to the backplane")]
[Outbox("signal", "The shutdown signal that ended the subscription")]
public sealed partial class SubscribeTo : Component
{
    private readonly string _backplane;

    /// <summary>Creates the subscriber.</summary>
    public SubscribeTo(string backplane)
    {
        ArgumentException.ThrowIfNullOrEmpty(backplane);
        _backplane = backplane;
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        var (splitter, _) = BackplaneLookup.Find(this, _backplane, Backplane.OutputService(_backplane));
        var plug = new Plug(splitter, new Util.PassThrough());
        Link((this, "control"), (plug, "control"), Passthrough.Inward);
        Link((plug, "outbox"), (this, "outbox"), Passthrough.Outward);
        Link((plug, "signal"), (this, "signal"), Passthrough.Outward);
        AddChildren(plug);
        yield return new NewComponent(plug);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
