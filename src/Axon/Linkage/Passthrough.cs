namespace Axon;

/// <summary>Which kinds of box a link joins.</summary>
public enum Passthrough
{
    /// <summary>An outbox to an inbox: the ordinary link between two components.</summary>
    None = 0,

    /// <summary>A parent's inbox to a child's inbox: what arrives at the parent goes to the child.</summary>
    Inward = 1,

    /// <summary>A child's outbox to a parent's outbox: what the child sends leaves through the parent.</summary>
    Outward = 2,
}
