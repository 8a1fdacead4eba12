namespace Kamaelia.Gen.Generators.Tests.Robustness;

/// <summary>
/// Broken, half-typed and hostile inputs, each a whole file, keyed by a short name for the tests' display. The
/// cases are grouped by theme in the other parts of this class.
/// </summary>
internal static partial class BrokenInputCorpus
{
    private const string Usings = "using System.Collections.Generic;\nusing Axon;\n\nnamespace Broken;\n\n";

    public static IReadOnlyDictionary<string, string> Cases { get; } = Merge(Boxes, Classes, Handlers, Graphs);

    private static Dictionary<string, string> Merge(params Dictionary<string, string>[] groups)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, source) in groups.SelectMany(g => g))
        {
            all.Add(name, source);
        }

        return all;
    }
}
