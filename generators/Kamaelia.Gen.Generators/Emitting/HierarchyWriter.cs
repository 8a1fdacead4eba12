using Kamaelia.Gen.Generators.Model;

namespace Kamaelia.Gen.Generators.Emitting;

/// <summary>Opens and closes the namespace and the partial declarations of the containing types.</summary>
internal static class HierarchyWriter
{
    public static void Open(SourceWriter writer, HierarchyInfo hierarchy)
    {
        if (hierarchy.Namespace.Length > 0)
        {
            writer.Open("namespace " + hierarchy.Namespace);
        }

        foreach (var type in hierarchy.Types)
        {
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
