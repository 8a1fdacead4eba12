namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// The first reason a message type cannot cross a process boundary, found by <see cref="MessageTypeRules"/>.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="MemberPath">The member at fault from the message type down ("Customer.Address"), or null for the message type itself.</param>
/// <param name="TypeDisplay">The type at fault, as the user would write it.</param>
internal sealed record MessageTypeProblem(MessageTypeProblemKind Kind, string? MemberPath, string TypeDisplay)
{
    /// <summary>The explanation that follows "'X' cannot cross a process boundary: ".</summary>
    public string Describe()
    {
        var subject = MemberPath is null ? "the type" : "member '" + MemberPath + "' of type '" + TypeDisplay + "'";
        return Kind switch
        {
            MessageTypeProblemKind.NoUsableConstructor =>
                subject + " has no usable constructor (it needs a public parameterless one, or a public one whose parameters match its properties by name)",
            MessageTypeProblemKind.Inaccessible =>
                subject + " is not accessible to generated code (it is private, protected or file-local)",
            MessageTypeProblemKind.PublicField =>
                "member '" + MemberPath + "' is a public field, which would not be serialized (make it a property)",
            _ => subject + " is not supported",
        };
    }
}
