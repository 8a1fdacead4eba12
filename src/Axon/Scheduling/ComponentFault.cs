namespace Axon;

/// <summary>A component that threw, and what it threw.</summary>
/// <param name="Component">The component, which the scheduler stopped.</param>
/// <param name="Exception">The exception it threw.</param>
public sealed record ComponentFault(Component Component, Exception Exception)
{
    /// <inheritdoc />
    public override string ToString() => $"{Component.Name}: {Exception.GetType().Name}: {Exception.Message}";
}
