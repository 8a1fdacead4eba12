namespace Axon;

/// <summary>
/// What a component declares about one box: name, direction, element type and description. Descriptors are
/// built without reflection (the generator writes them) and create the box they describe.
/// </summary>
public abstract class BoxDescriptor
{
    private protected BoxDescriptor(string name, BoxDirection direction, string? description)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Direction = direction;
        Description = description;
    }

    /// <summary>The box's name.</summary>
    public string Name { get; }

    /// <summary>Inbox or outbox.</summary>
    public BoxDirection Direction { get; }

    /// <summary>What the box is for.</summary>
    public string? Description { get; }

    /// <summary>The type of the messages the box carries.</summary>
    public abstract Type ElementType { get; }

    /// <summary>Describes an inbox for messages of type <typeparamref name="T"/>.</summary>
    public static BoxDescriptor Inbox<T>(string name, string? description = null) => new BoxDescriptor<T>(name, BoxDirection.Inbox, description);

    /// <summary>Describes an outbox for messages of type <typeparamref name="T"/>.</summary>
    public static BoxDescriptor Outbox<T>(string name, string? description = null) => new BoxDescriptor<T>(name, BoxDirection.Outbox, description);

    /// <summary>Creates the described box on a component.</summary>
    public abstract Box CreateOn(Component owner);

    /// <inheritdoc />
    public override string ToString() => $"{Direction.ToString().ToLowerInvariant()} {Name}: {TypeNames.Of(ElementType)}";
}

/// <summary>A <see cref="BoxDescriptor"/> for a box of element type <typeparamref name="T"/>.</summary>
public sealed class BoxDescriptor<T> : BoxDescriptor
{
    internal BoxDescriptor(string name, BoxDirection direction, string? description)
        : base(name, direction, description)
    {
    }

    /// <inheritdoc />
    public override Type ElementType => typeof(T);

    /// <inheritdoc />
    public override Box CreateOn(Component owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Direction == BoxDirection.Inbox
            ? owner.DeclareInbox<T>(Name, Description)
            : owner.DeclareOutbox<T>(Name, Description);
    }
}
