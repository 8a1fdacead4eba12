using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// A graph of named components and the links between them:
/// <code>
/// new Graphline(
///     components: new() { ["A"] = a, ["B"] = b },
///     linkages: new() { [("A", "outbox")] = ("B", "inbox"), [("self", "inbox")] = ("A", "inbox") })
/// </code>
/// "self" (or "") is the Graphline itself: as a source, one of its inboxes forwarded to a child; as a
/// destination, a child's outbox leaving through one of its outboxes (created if not standard). Unknown names
/// are errors, raised when the Graphline is built. Control messages are copied to every child nothing else
/// controls, unless "control" is forwarded; when all children have ended, the Graphline sends the
/// ShutdownMicroprocess it received, or a new ProducerFinished, on "signal", unless "signal" is forwarded.
/// </summary>
[Inbox("inbox", "Standard inbox; forwarded where the linkages say")]
[Inbox("control", "Copied to children with no control link, unless forwarded")]
[Outbox("outbox", "Standard outbox; fed where the linkages say")]
[Outbox("signal", "ProducerFinished or ShutdownMicroprocess once every child has ended")]
[DynamicBoxes]
public sealed partial class Graphline : Component
{
    private readonly Dictionary<string, Component> _components;
    private readonly List<KeyValuePair<(string Component, string Box), (string Component, string Box)>> _linkages;

    /// <summary>Creates the graph.</summary>
    /// <param name="components">The children by name.</param>
    /// <param name="linkages">Each source (component name, outbox) with its destination (component name, inbox).</param>
    public Graphline(Dictionary<string, Component> components, Dictionary<(string Component, string Box), (string Component, string Box)> linkages)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(linkages);
        _components = new Dictionary<string, Component>(components, StringComparer.Ordinal);
        foreach (var (name, component) in _components)
        {
            if (IsSelf(name))
            {
                throw new ArgumentException($"\"{name}\" names the Graphline itself and cannot name a child.", nameof(components));
            }

            ArgumentNullException.ThrowIfNull(component, nameof(components));
        }

        _linkages = [.. linkages];
        foreach (var ((fromName, fromBox), (toName, toBox)) in _linkages)
        {
            CheckEndpoint(fromName, fromBox, isSource: true);
            CheckEndpoint(toName, toBox, isSource: false);
            if (IsSelf(fromName) && IsSelf(toName))
            {
                throw new ArgumentException($"The linkage (\"{fromName}\", \"{fromBox}\") to (\"{toName}\", \"{toBox}\") joins the Graphline to itself; no link can do that.", nameof(linkages));
            }
        }
    }

    /// <summary>The children by name.</summary>
    public IReadOnlyDictionary<string, Component> Components => _components;

    /// <summary>True for the names that stand for the Graphline itself.</summary>
    public static bool IsSelf(string name) => name is "self" or "";

    /// <summary>The declared graph as a descriptor, for Mermaid or DOT export.</summary>
    public GraphDescriptor ToGraphDescriptor() => new(
        Descriptor,
        _components.Select(c => new GraphNode(c.Key, c.Value.Descriptor)),
        _linkages.Select(l => new GraphEdge(IsSelf(l.Key.Component) ? GraphDescriptor.Self : l.Key.Component, l.Key.Box, IsSelf(l.Value.Component) ? GraphDescriptor.Self : l.Value.Component, l.Value.Box)));

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        foreach (var ((fromName, fromBox), (toName, toBox)) in _linkages)
        {
            var passthrough = IsSelf(fromName) ? Passthrough.Inward : IsSelf(toName) ? Passthrough.Outward : Passthrough.None;
            Link((Resolve(fromName), fromBox), (Resolve(toName), toBox), passthrough);
        }

        return RunGraph([.. _components.Values]);
    }

    private Component Resolve(string name) => IsSelf(name) ? this : _components[name];

    private void CheckEndpoint(string name, string box, bool isSource)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(box);
        if (IsSelf(name))
        {
            // The Graphline's own box: an inbox it forwards, or an outbox a child's output leaves through.
            if (isSource && !Inboxes.ContainsKey(box))
            {
                DeclareInbox<object>(box, DescriptionOfLinkedBox(box, isSource));
            }
            else if (!isSource && !Outboxes.ContainsKey(box))
            {
                DeclareOutbox<object>(box, DescriptionOfLinkedBox(box, isSource));
            }

            return;
        }

        if (!_components.TryGetValue(name, out var component))
        {
            throw new UnknownGraphChildException(this, name, _components.Keys);
        }

        var expected = isSource ? BoxDirection.Outbox : BoxDirection.Inbox;
        var present = isSource ? component.Outboxes.ContainsKey(box) : component.Inboxes.ContainsKey(box);
        if (!present)
        {
            var hint = (isSource ? component.Inboxes.ContainsKey(box) : component.Outboxes.ContainsKey(box))
                ? $"'{box}' is an {(isSource ? "inbox" : "outbox")}, but a linkage {(isSource ? "starts from an outbox" : "ends at an inbox")}."
                : null;
            throw new UnknownBoxException(component, box, expected, hint);
        }
    }

    private string? DescriptionOfLinkedBox(string selfBox, bool isSource)
    {
        foreach (var ((fromName, fromBox), (toName, toBox)) in _linkages)
        {
            if (isSource && IsSelf(fromName) && fromBox == selfBox && _components.TryGetValue(toName, out var target))
            {
                return target.Inboxes.GetValueOrDefault(toBox)?.Description;
            }

            if (!isSource && IsSelf(toName) && toBox == selfBox && _components.TryGetValue(fromName, out var source))
            {
                return source.Outboxes.GetValueOrDefault(fromBox)?.Description;
            }
        }

        return null;
    }
}
