using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// An assembly described as sorted lines, one a type and one a member with its signature and the size of its IL,
/// so that two builds of the same code from differently arranged sources can be compared. The numbers in
/// compiler-generated names (<c>&lt;&gt;9__32_13</c>, <c>&lt;Main&gt;d__3</c>, <c>&lt;&gt;c__DisplayClass103_0</c>)
/// count a member's place among the type's partial declarations, which the two arrangements order differently:
/// they are left out.
/// </summary>
internal static partial class AssemblyShape
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Of(string assemblyPath)
    {
        // Loaded from a copy in memory into a context of its own, so that both builds (of one name) can be read.
        var context = new AssemblyLoadContext("shape of " + assemblyPath, isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(assemblyPath)));
            return [.. assembly.GetTypes().SelectMany(Describe).Select(line => GeneratedOrdinal().Replace(line, "#")).Order(StringComparer.Ordinal)];
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The first line that only one of the two shapes has, or null when they are the same.</summary>
    public static string? FirstDifference(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.Except(right, StringComparer.Ordinal).Select(line => "only in the first: " + line)
            .Concat(right.Except(left, StringComparer.Ordinal).Select(line => "only in the second: " + line))
            .FirstOrDefault();

    private static IEnumerable<string> Describe(Type type)
    {
        var name = type.FullName ?? type.Name;
        yield return name;
        foreach (var member in type.GetMembers(Declared))
        {
            var il = member is MethodBase method ? $" ({method.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0} bytes of IL)" : "";
            yield return $"{name}: {member.MemberType} {member}{il}";
        }
    }

    [GeneratedRegex(@"(?<=__|__DisplayClass)\d+(_\d+)*")]
    private static partial Regex GeneratedOrdinal();
}
