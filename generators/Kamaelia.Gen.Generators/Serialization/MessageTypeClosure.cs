using System.Collections.Generic;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>Every type a message type needs serializers for, or why it cannot have them.</summary>
internal sealed class MessageTypeClosure
{
    public MessageTypeClosure(IReadOnlyList<ResolvedMessageShape> shapes, MessageTypeProblem? problem, bool isIncomplete)
    {
        Shapes = shapes;
        Problem = problem;
        IsIncomplete = isIncomplete;
    }

    /// <summary>The message type first, then every type it reaches, each once, in the order they were reached.</summary>
    public IReadOnlyList<ResolvedMessageShape> Shapes { get; }

    /// <summary>The first reason the type cannot be serialized, or null.</summary>
    public MessageTypeProblem? Problem { get; }

    /// <summary>True when part of the type did not bind (code being typed): nothing to generate, nothing to report.</summary>
    public bool IsIncomplete { get; }

    public bool IsSerializable => Problem is null && !IsIncomplete;
}
