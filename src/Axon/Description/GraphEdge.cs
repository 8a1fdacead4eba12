namespace Axon;

/// <summary>
/// A link of a declared graph, from a child's box to another's; <see cref="GraphDescriptor.Self"/> as a node
/// name stands for the graph itself.
/// </summary>
/// <param name="FromNode">The child the link starts from, or "self".</param>
/// <param name="FromBox">The box it starts from.</param>
/// <param name="ToNode">The child it goes to, or "self".</param>
/// <param name="ToBox">The box it goes to.</param>
public sealed record GraphEdge(string FromNode, string FromBox, string ToNode, string ToBox);
