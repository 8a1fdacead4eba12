using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Plugs a component into a <see cref="PlugSplitter"/> as one of its sinks: the splitter's data and control
/// reach the component's inbox and control, and the component's outbox and signal leave through the Plug's.
/// When the component ends, the Plug unplugs it and ends.
/// </summary>
[Inbox("inbox", "Forwarded to the component's inbox")]
[Inbox("control", "Forwarded to the component's control")]
[Outbox("outbox", "What the component sends on its outbox")]
[Outbox("signal", "What the component sends on its signal")]
[Outbox("splitter_config", "AddSink and RemoveSink requests to the splitter")]
public sealed partial class Plug : Component
{
    private readonly Component _component;
    private readonly Linkage _configurationLink;

    /// <summary>Creates the plug.</summary>
    /// <param name="splitter">The splitter (any component with a "configuration" inbox that takes AddSink/RemoveSink).</param>
    /// <param name="component">The component to plug in; it needs the four standard boxes.</param>
    public Plug(Component splitter, Component component)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(component);
        StandardBoxes.Require(component, nameof(Plug), "inbox", "control", "outbox", "signal");
        _component = component;
        _configurationLink = Link((this, "splitter_config"), (splitter, "configuration"));
        Link((this, "inbox"), (component, "inbox"), Passthrough.Inward);
        Link((this, "control"), (component, "control"), Passthrough.Inward);
        Link((component, "outbox"), (this, "outbox"), Passthrough.Outward);
        Link((component, "signal"), (this, "signal"), Passthrough.Outward);
    }

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        SplitterConfig.Send(new AddSink(this, "inbox", "control"));
        AddChildren(_component);
        yield return new NewComponent(_component);
        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }

        SplitterConfig.Send(new RemoveSink(this, "inbox", "control"));
        yield return null;
        Unlink(linkage: _configurationLink);
    }
}
