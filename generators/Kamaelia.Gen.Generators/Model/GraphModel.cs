namespace Kamaelia.Gen.Generators.Model;

/// <summary>A [Graphline] class's children and links.</summary>
/// <param name="Children">The children in declaration order.</param>
/// <param name="Links">The links in declaration order.</param>
/// <param name="EmitsMain">False when the user wrote Main or Step, so the generated run loop is left out.</param>
internal sealed record GraphModel(EquatableArray<GraphChildModel> Children, EquatableArray<GraphLinkModel> Links, bool EmitsMain);
