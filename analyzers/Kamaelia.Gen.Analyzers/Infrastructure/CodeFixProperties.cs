namespace Kamaelia.Gen.Analyzers.Infrastructure;

/// <summary>Keys of the data a diagnostic carries for its code fix.</summary>
public static class CodeFixProperties
{
    /// <summary>The nearest valid name, for "replace with" fixes.</summary>
    public const string Suggestion = "Suggestion";

    /// <summary>The kind of graph a KAM024 was found in: "Graphline" (collection initialisers) or "Declared" ([Link] attributes).</summary>
    public const string GraphKind = "GraphKind";

    /// <summary>The child's name in the graph.</summary>
    public const string Child = "Child";

    /// <summary>On KAM001, what stops the generator when it is not a missing <c>partial</c> ("FileLocal").</summary>
    public const string Obstacle = "Obstacle";

    /// <summary>The box's name.</summary>
    public const string Box = "Box";

    /// <summary>Set on a KAM008 for an async void handler: the fix makes it return Task.</summary>
    public const string AsyncVoid = "AsyncVoid";
}
