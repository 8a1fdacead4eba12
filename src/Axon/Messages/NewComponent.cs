namespace Axon;

/// <summary>
/// Yielded from <see cref="Component.Main"/> to ask the scheduler to activate these components; the same as
/// calling <see cref="Component.Activate(Scheduler?)"/> on each.
/// </summary>
public sealed class NewComponent : Ipc
{
    private readonly Component[] _components;

    /// <summary>Creates the request.</summary>
    public NewComponent(params Component[] components) => _components = components;

    /// <summary>The components to activate.</summary>
    public IReadOnlyList<Component> Components => _components;
}
