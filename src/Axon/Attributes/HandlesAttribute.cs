namespace Axon;

/// <summary>
/// Marks a method of a partial component as the handler of one inbox. The method takes one parameter of the
/// box's element type (or a base type of it). A component with handlers and no <c>Main</c> gets its main loop
/// from the generator: each inbox drained into its handler in declaration order, Axon's shutdown convention
/// applied on "control", and a pause when idle.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class HandlesAttribute : Attribute
{
    /// <summary>Marks the handler.</summary>
    /// <param name="inbox">The name of the inbox whose messages the method handles.</param>
    public HandlesAttribute(string inbox) => Inbox = inbox;

    /// <summary>The name of the inbox.</summary>
    public string Inbox { get; }
}
