using System.Collections.Frozen;

namespace Axon;

/// <summary>
/// The boxes a component type declares, found by name in O(1). The generator writes one per component class;
/// Graphline, introspection and graph export read it instead of reflecting over the type.
/// </summary>
public sealed class ComponentDescriptor
{
    private readonly FrozenDictionary<string, BoxDescriptor> _inboxesByName;
    private readonly FrozenDictionary<string, BoxDescriptor> _outboxesByName;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="componentName">The component type's name, as shown in graphs.</param>
    /// <param name="boxes">The declared boxes in declaration order.</param>
    public ComponentDescriptor(string componentName, IEnumerable<BoxDescriptor> boxes)
    {
        ArgumentNullException.ThrowIfNull(componentName);
        ArgumentNullException.ThrowIfNull(boxes);
        ComponentName = componentName;
        Boxes = [.. boxes];
        Inboxes = [.. Boxes.Where(b => b.Direction == BoxDirection.Inbox)];
        Outboxes = [.. Boxes.Where(b => b.Direction == BoxDirection.Outbox)];
        _inboxesByName = Index(Inboxes);
        _outboxesByName = Index(Outboxes);
    }

    /// <summary>Axon's four standard untyped boxes: inbox, control / outbox, signal.</summary>
    public static ComponentDescriptor Standard { get; } = new(
        "Component",
        [
            BoxDescriptor.Inbox<object>("inbox", "Default inbox for bulk data"),
            BoxDescriptor.Inbox<object>("control", "Secondary inbox, often used for shutdown signals"),
            BoxDescriptor.Outbox<object>("outbox", "Default outbox for bulk data"),
            BoxDescriptor.Outbox<object>("signal", "Default outbox for shutdown signals"),
        ]);

    /// <summary>The component type's name.</summary>
    public string ComponentName { get; }

    /// <summary>Every declared box, in declaration order.</summary>
    public IReadOnlyList<BoxDescriptor> Boxes { get; }

    /// <summary>The declared inboxes, in declaration order.</summary>
    public IReadOnlyList<BoxDescriptor> Inboxes { get; }

    /// <summary>The declared outboxes, in declaration order.</summary>
    public IReadOnlyList<BoxDescriptor> Outboxes { get; }

    /// <summary>The inbox of that name, or null.</summary>
    public BoxDescriptor? FindInbox(string name) => _inboxesByName.GetValueOrDefault(name);

    /// <summary>The outbox of that name, or null.</summary>
    public BoxDescriptor? FindOutbox(string name) => _outboxesByName.GetValueOrDefault(name);

    /// <summary>The component and its boxes as a Mermaid flowchart.</summary>
    public string ToMermaid() => GraphExport.ToMermaid(this);

    /// <summary>The component and its boxes as Graphviz DOT text.</summary>
    public string ToDot() => GraphExport.ToDot(this);

    /// <inheritdoc />
    public override string ToString() => $"{ComponentName} [{string.Join(", ", Boxes)}]";

    private static FrozenDictionary<string, BoxDescriptor> Index(IReadOnlyList<BoxDescriptor> boxes)
    {
        var byName = new Dictionary<string, BoxDescriptor>(StringComparer.Ordinal);
        foreach (var box in boxes)
        {
            byName.TryAdd(box.Name, box);
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
