namespace Kamaelia.Gen.Generators.Model;

/// <summary>
/// Where a component class sits: its namespace and the chain of containing types down to the class itself,
/// so the generated partial declarations reproduce the nesting exactly.
/// </summary>
/// <param name="FileNameHint">The fully qualified metadata name, used to name the generated files.</param>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="Types">The containing types, outermost first, ending with the component class.</param>
internal sealed record HierarchyInfo(string FileNameHint, string Namespace, EquatableArray<TypeDeclarationInfo> Types)
{
    public TypeDeclarationInfo Self => Types[Types.Count - 1];
}
