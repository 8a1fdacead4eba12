namespace Axon;

/// <summary>
/// A link between two boxes, owned by the component that made it: only that component unlinks it, and it goes
/// when that component ends.
/// </summary>
public sealed class Linkage
{
    internal Linkage(Component owner, Box sourceBox, Box sinkBox, Passthrough passthrough)
    {
        Owner = owner;
        SourceBox = sourceBox;
        SinkBox = sinkBox;
        Passthrough = passthrough;
    }

    /// <summary>The component that made the link.</summary>
    public Component Owner { get; }

    /// <summary>The box messages leave.</summary>
    public Box SourceBox { get; }

    /// <summary>The box messages go to.</summary>
    public Box SinkBox { get; }

    /// <summary>The component whose box is the source.</summary>
    public Component Source => SourceBox.Owner;

    /// <summary>The component whose box is the sink.</summary>
    public Component Sink => SinkBox.Owner;

    /// <summary>Which kinds of box the link joins.</summary>
    public Passthrough Passthrough { get; }

    /// <summary>True until the link is removed.</summary>
    public bool IsActive { get; internal set; } = true;

    /// <inheritdoc />
    public override string ToString() =>
        $"Link( source:[{Source.Name},{SourceBox.Name}], sink:[{Sink.Name},{SinkBox.Name}] )";
}
