namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>How a message type is written as JSON.</summary>
internal enum MessageShapeKind
{
    /// <summary>A value System.Text.Json has a built-in converter for (int, string, Guid, byte[]...).</summary>
    Primitive,

    /// <summary>An enum, written as its underlying number.</summary>
    Enum,

    /// <summary>Nullable&lt;T&gt;: null, or the value.</summary>
    Nullable,

    /// <summary>T[]: a JSON array.</summary>
    Array,

    /// <summary>List&lt;T&gt; or a list interface (read back as a List&lt;T&gt;): a JSON array.</summary>
    List,

    /// <summary>A class, record or struct: a JSON object of its properties.</summary>
    Object,
}
