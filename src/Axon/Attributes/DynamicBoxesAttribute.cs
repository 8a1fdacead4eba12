namespace Axon;

/// <summary>
/// Says that a component adds boxes at run time (with <c>AddInbox</c>/<c>AddOutbox</c> or by declaring them in its
/// constructor), so the analyzers do not report names they cannot see as unknown boxes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class DynamicBoxesAttribute : Attribute
{
}
