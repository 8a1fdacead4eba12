namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>Why a message type cannot be serialized by generated code.</summary>
internal enum MessageTypeProblemKind
{
    /// <summary>A type the generated serializer does not handle (object, a delegate, an interface, a dictionary...).</summary>
    UnsupportedType,

    /// <summary>A class or struct with no constructor that generated code can call with its properties.</summary>
    NoUsableConstructor,

    /// <summary>A type that generated code at namespace level cannot name (private, protected or file-local).</summary>
    Inaccessible,

    /// <summary>A public field: fields are not serialized, so its value would be lost without a word.</summary>
    PublicField,
}
