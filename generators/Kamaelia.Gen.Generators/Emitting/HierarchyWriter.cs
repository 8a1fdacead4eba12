using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>Opens and closes the namespace and the partial declarations of the containing types.</summary>
internal static class HierarchyWriter
{
    /// <summary>Opens the declarations; <paramref name="componentAttribute"/>, if any, goes on the component itself (the innermost type).</summary>
    public static void Open(SourceWriter writer, HierarchyInfo hierarchy, string? componentAttribute = null)
    {
        if (hierarchy.Namespace.Length > 0)
        {
            writer.Open("namespace " + hierarchy.Namespace);
        }

        for (var i = 0; i < hierarchy.Types.Count; i++)
        {
            var type = hierarchy.Types[i];
            if (componentAttribute is not null && i == hierarchy.Types.Count - 1)
            {
                writer.Line(componentAttribute);
            }

            writer.Open("partial " + type.Keyword + " " + type.NameWithTypeParameters);
        }
    }

    public static void Close(SourceWriter writer, HierarchyInfo hierarchy)
    {
        for (var i = 0; i < hierarchy.Types.Count; i++)
        {
            writer.Close();
        }

        if (hierarchy.Namespace.Length > 0)
        {
            writer.Close();
        }
    }
}
