namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>How a property of a message type gets its value back when the message is read.</summary>
internal enum MessageMemberRole
{
    /// <summary>Passed to the constructor (a positional record's parameters); required unless the parameter has a default.</summary>
    ConstructorArgument,

    /// <summary>Set in the object initializer (init-only or required): it can be set nowhere else, so it is required.</summary>
    Initializer,

    /// <summary>Set after construction when present; when absent it keeps the value the constructor gave it.</summary>
    Setter,
}
