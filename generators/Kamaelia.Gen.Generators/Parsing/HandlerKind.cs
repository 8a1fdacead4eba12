namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>How the generated loop drives a handler, read from its return type.</summary>
internal enum HandlerKind
{
    /// <summary>Returns void: done when it returns.</summary>
    Synchronous,

    /// <summary>Returns Task: awaited before the next message is taken.</summary>
    Task,

    /// <summary>Returns ValueTask: awaited before the next message is taken; free when already completed.</summary>
    ValueTask,

    /// <summary>Returns IEnumerable&lt;object?&gt;: run one step per scheduler step, as Axon's WaitComplete.</summary>
    Steps,
}
