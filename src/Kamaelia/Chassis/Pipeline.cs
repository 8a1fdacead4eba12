using Axon;

namespace Kamaelia.Chassis;

/// <summary>
/// Links its children in a chain, each one's "outbox" to the next one's "inbox" and "signal" to "control". Its
/// own "inbox" and "control" lead to the first child; the last child's "outbox" and "signal" leave through its
/// own (or, when <see cref="Circular"/>, go back to the first child). It ends when every child has ended; a
/// shutdown signal sent to its "control" travels down the chain.
/// </summary>
[Inbox("inbox", "Forwarded to the first child's inbox")]
[Inbox("control", "Forwarded to the first child's control")]
[Outbox("outbox", "What the last child sends on its outbox")]
[Outbox("signal", "What the last child sends on its signal")]
public sealed partial class Pipeline : Component
{
    private readonly Component[] _stages;

    /// <summary>Creates the pipeline; each stage needs the four standard boxes.</summary>
    public Pipeline(params Component[] stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (stages.Length == 0)
        {
            throw new ArgumentException("A Pipeline needs at least one component.", nameof(stages));
        }

        foreach (var stage in stages)
        {
            ArgumentNullException.ThrowIfNull(stage, nameof(stages));
            StandardBoxes.Require(stage, nameof(Pipeline), "inbox", "control", "outbox", "signal");
        }

        if (stages.Distinct().Count() != stages.Length)
        {
            throw new ArgumentException("A component can be only one stage of a Pipeline.", nameof(stages));
        }

        _stages = stages;
    }

    /// <summary>When true, the last stage feeds the first instead of the pipeline's own outboxes.</summary>
    public bool Circular { get; init; }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<Component> Stages => _stages;

    /// <inheritdoc />
    protected override IEnumerable<object?> Main()
    {
        for (var i = 0; i + 1 < _stages.Length; i++)
        {
            Link((_stages[i], "outbox"), (_stages[i + 1], "inbox"));
            Link((_stages[i], "signal"), (_stages[i + 1], "control"));
        }

        var first = _stages[0];
        var last = _stages[^1];
        Link((this, "inbox"), (first, "inbox"), Passthrough.Inward);
        Link((this, "control"), (first, "control"), Passthrough.Inward);
        if (Circular)
        {
            Link((last, "outbox"), (first, "inbox"));
            Link((last, "signal"), (first, "control"));
        }
        else
        {
            Link((last, "outbox"), (this, "outbox"), Passthrough.Outward);
            Link((last, "signal"), (this, "signal"), Passthrough.Outward);
        }

        AddChildren(_stages);
        yield return new NewComponent(_stages);

        while (!ChildrenDone())
        {
            Pause();
            yield return null;
        }
    }
}
