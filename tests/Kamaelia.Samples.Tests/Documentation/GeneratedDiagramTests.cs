using System.Text;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>
/// The graph pictures in the docs are the graphs the samples build, drawn by the library's Mermaid export. When a
/// sample's graph changes the test fails with the difference; run it with KAMAELIA_ACCEPT_DOCS=1 to rewrite the pages.
/// </summary>
public sealed class GeneratedDiagramTests
{
    private const string AcceptVariable = "KAMAELIA_ACCEPT_DOCS";

    public static TheoryData<string> Names { get; } = [.. GeneratedDiagram.All.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void TheDiagramInTheDocsIsTheGraphTheSampleBuilds(string name)
    {
        var diagram = GeneratedDiagram.All.Single(d => d.Name == name);
        var path = Path.Combine(Repository.Root, diagram.Page);
        var text = Repository.Read(diagram.Page);
        var current = diagram.Current(text);
        Assert.True(current is not null, $"{diagram.Page} has no region '<!-- generated: {name} -->' ... '<!-- end generated -->'.");

        var expected = diagram.Expected();
        if (current == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(path, diagram.Replace(text, expected));
            return;
        }

        Assert.Fail($"The diagram '{name}' in {diagram.Page} differs from the graph the code builds " +
            $"(run the tests with {AcceptVariable}=1 to rewrite it):\n{LineDiff.Describe(current!, expected)}");
    }

    [Fact]
    public void EveryGeneratedRegionInTheDocsIsOneTheTestsDraw()
    {
        var known = GeneratedDiagram.All.Select(d => (d.Page, d.Name)).ToHashSet();
        var found = Repository.MarkdownPages()
            .SelectMany(page => GeneratedDiagram.RegionNames(Repository.Read(page)).Select(name => (page, name)))
            .ToList();

        Assert.DoesNotContain(found, region => !known.Contains(region));
        Assert.Equal(found.Count, found.Distinct().Count());
    }

    /// <summary>A line diff of two texts, '-' for the docs' lines, '+' for the code's.</summary>
    private static class LineDiff
    {
        public static string Describe(string docs, string code)
        {
            var before = docs.Split('\n');
            var after = code.Split('\n');

            // Longest common subsequence of lines: the diagrams are a few dozen lines, so the table is small.
            var common = new int[before.Length + 1, after.Length + 1];
            for (var i = before.Length - 1; i >= 0; i--)
            {
                for (var j = after.Length - 1; j >= 0; j--)
                {
                    common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            var text = new StringBuilder();
            int b = 0, a = 0;
            while (b < before.Length || a < after.Length)
            {
                if (b < before.Length && a < after.Length && before[b] == after[a])
                {
                    b++;
                    a++;
                }
                else if (a < after.Length && (b == before.Length || common[b, a + 1] >= common[b + 1, a]))
                {
                    text.Append("+ ").Append(after[a++]).Append('\n');
                }
                else
                {
                    text.Append("- ").Append(before[b++]).Append('\n');
                }
            }

            return text.ToString();
        }
    }
}
