namespace Axon;

/// <summary>
/// Declares an untyped inbox (messages of type <see cref="object"/>) on a partial component class. Declaring
/// any box replaces the four standard boxes; the generator writes a typed accessor named after the box.
/// On a partial property (<c>[Inbox("name")] public partial Inbox&lt;T&gt; Name { get; }</c>) it declares a box of the
/// property's element type, which may use the class's type parameters; the generator implements the property.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public class InboxAttribute : Attribute
{
    /// <summary>Declares the inbox.</summary>
    public InboxAttribute(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The box's name.</summary>
    public string Name { get; }

    /// <summary>What the box is for.</summary>
    public string? Description { get; }

    /// <summary>
    /// True when leaving the inbox unlinked is normal, so the analyzers do not warn that nothing is linked to it (KAM023).
    /// </summary>
    public bool Optional { get; init; }
}

/// <summary>Declares an inbox for messages of type <typeparamref name="T"/> on a partial component class.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class InboxAttribute<T> : InboxAttribute
{
    /// <summary>Declares the inbox.</summary>
    public InboxAttribute(string name, string? description = null)
        : base(name, description)
    {
    }
}
