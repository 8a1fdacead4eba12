namespace Axon;

/// <summary>
/// Raised when a graph's linkage names a child the graph does not have. Axon would silently treat the name as
/// the graph itself; here a typo is an error.
/// </summary>
public sealed class UnknownGraphChildException : AxonException
{
    /// <summary>Creates the exception.</summary>
    public UnknownGraphChildException(Component graph, string childName, IEnumerable<string> children)
        : base($"{graph.Name} has no child named '{childName}'; its children are {Describe(children)}, and \"self\" (or \"\") is the graph itself.")
    {
        Graph = graph;
        ChildName = childName;
    }

    /// <summary>The graph.</summary>
    public Component Graph { get; }

    /// <summary>The unknown name.</summary>
    public string ChildName { get; }

    private static string Describe(IEnumerable<string> children)
    {
        var names = string.Join(", ", children.Select(c => $"'{c}'"));
        return names.Length == 0 ? "(none)" : names;
    }
}
