namespace Kamaelia.Gen.Generators.Model;

/// <summary>How a declared link joins its boxes.</summary>
internal enum LinkKind
{
    /// <summary>A child's outbox to a child's inbox.</summary>
    Normal,

    /// <summary>The graph's inbox to a child's inbox.</summary>
    Inward,

    /// <summary>A child's outbox out through the graph's outbox.</summary>
    Outward,

    /// <summary>The graph to itself, which no link can join.</summary>
    SelfToSelf,
}

/// <summary>One [Link] of a declarative graph.</summary>
/// <param name="FromNode">The child it starts from, or "self".</param>
/// <param name="FromBox">The box it starts from.</param>
/// <param name="ToNode">The child it goes to, or "self".</param>
/// <param name="ToBox">The box it goes to.</param>
/// <param name="Kind">Which kinds of box it joins.</param>
/// <param name="FromAccessor">The typed accessor of the source box, when both ends have one.</param>
/// <param name="ToAccessor">The typed accessor of the destination box, when both ends have one.</param>
/// <param name="UnknownChild">A node name that is neither a child nor "self", if any.</param>
internal sealed record GraphLinkModel(
    string FromNode,
    string FromBox,
    string ToNode,
    string ToBox,
    LinkKind Kind,
    string? FromAccessor,
    string? ToAccessor,
    string? UnknownChild);
