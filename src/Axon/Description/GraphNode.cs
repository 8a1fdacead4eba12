namespace Axon;

/// <summary>A child of a declared graph: its name in the graph and its component type's boxes.</summary>
/// <param name="Name">The child's name (the property that holds it).</param>
/// <param name="Descriptor">The boxes the child's type declares.</param>
public sealed record GraphNode(string Name, ComponentDescriptor Descriptor);
