namespace Axon;

/// <summary>
/// One link of a <see cref="GraphlineAttribute"/> graph: from a child's box to another child's box. The name
/// <c>"self"</c> (or <c>""</c>) stands for the graph itself: <c>("self", "inbox")</c> as a source forwards the
/// graph's inbox to a child; as a destination, a child's outbox leaves through the graph's outbox.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class LinkAttribute : Attribute
{
    /// <summary>Declares the link.</summary>
    public LinkAttribute(string fromComponent, string fromBox, string toComponent, string toBox)
    {
        FromComponent = fromComponent;
        FromBox = fromBox;
        ToComponent = toComponent;
        ToBox = toBox;
    }

    /// <summary>The child (property name) the link starts from, or "self".</summary>
    public string FromComponent { get; }

    /// <summary>The box the link starts from.</summary>
    public string FromBox { get; }

    /// <summary>The child (property name) the link goes to, or "self".</summary>
    public string ToComponent { get; }

    /// <summary>The box the link goes to.</summary>
    public string ToBox { get; }
}
