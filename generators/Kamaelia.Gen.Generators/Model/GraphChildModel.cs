namespace Kamaelia.Gen.Generators.Model;

/// <summary>A child of a declarative graph: the property that holds it and how to reach its type's descriptor.</summary>
/// <param name="PropertyName">The property's name, which is the child's name in the graph.</param>
/// <param name="DescriptorExpression">C# that evaluates to the child type's ComponentDescriptor.</param>
/// <param name="MayBeNull">True when the property's type is nullable (Doubler?), so the wiring says it is not null.</param>
internal sealed record GraphChildModel(string PropertyName, string DescriptorExpression, bool MayBeNull);
