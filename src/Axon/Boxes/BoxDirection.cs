namespace Axon;

/// <summary>Whether a box receives messages (inbox) or sends them (outbox).</summary>
public enum BoxDirection
{
    /// <summary>A box that receives messages.</summary>
    Inbox,

    /// <summary>A box that sends messages.</summary>
    Outbox,
}
