namespace Axon;

/// <summary>
/// Declares an untyped outbox (messages of type <see cref="object"/>) on a partial component class. Declaring
/// any box replaces the four standard boxes; the generator writes a typed accessor named after the box.
/// On a partial property (<c>[Outbox("name")] public partial Outbox&lt;T&gt; Name { get; }</c>) it declares a box of the
/// property's element type, which may use the class's type parameters; the generator implements the property.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public class OutboxAttribute : Attribute
{
    /// <summary>Declares the outbox.</summary>
    public OutboxAttribute(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The box's name.</summary>
    public string Name { get; }

    /// <summary>What the box is for.</summary>
    public string? Description { get; }

    /// <summary>
    /// True when leaving the outbox unlinked is normal, so the analyzers do not warn that nothing is linked to it (KAM024): for example an outbox used only when a constructor option asks for it.
    /// </summary>
    public bool Optional { get; init; }
}

/// <summary>Declares an outbox for messages of type <typeparamref name="T"/> on a partial component class.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutboxAttribute<T> : OutboxAttribute
{
    /// <summary>Declares the outbox.</summary>
    public OutboxAttribute(string name, string? description = null)
        : base(name, description)
    {
    }
}
