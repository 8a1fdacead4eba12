using System.ComponentModel;

namespace Axon;

/// <summary>
/// Written by the generator on each component class that declares boxes: the inboxes its code reads and the
/// outboxes it sends on. The analyzers read it from compiled assemblies, so that a graph using a library component
/// is checked for unlinked boxes as if the component's source were at hand.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BoxUseAttribute : Attribute
{
    /// <summary>Records what the class's code uses.</summary>
    public BoxUseAttribute(string[] reads, string[] sends)
    {
        Reads = reads;
        Sends = sends;
    }

    /// <summary>The inboxes the code reads (handlers included).</summary>
    public IReadOnlyList<string> Reads { get; }

    /// <summary>The outboxes the code sends on.</summary>
    public IReadOnlyList<string> Sends { get; }
}
