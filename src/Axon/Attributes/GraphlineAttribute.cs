namespace Axon;

/// <summary>
/// Marks a partial component class as a declarative graph: its children are its properties of component
/// types, and its links are <see cref="LinkAttribute"/>s. The generator writes the typed wiring, the run loop
/// (Graphline's: control fanned out to children nobody else controls, a shutdown signal when all have ended)
/// and the graph's descriptor for export.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GraphlineAttribute : Attribute
{
}
