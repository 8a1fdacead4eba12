using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Kamaelia.Http.Tests.View;

/// <summary>docs/live-view.md quotes compiled code only, and the examples that end by themselves run.</summary>
public sealed partial class LiveViewPageTests
{
    [Fact]
    public void EveryCSharpBlockOfThePageIsQuotedFromTheCompiledExamples()
    {
        var examples = File.ReadAllLines(Path.Combine(ThisFolder(), "LiveViewPageExamples.cs"));
        var quoted = Quoted(examples).ToList();
        var usings = examples.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var page = File.ReadAllText(Path.Combine(ThisFolder(), "..", "..", "..", "docs", "live-view.md")).ReplaceLineEndings("\n");
        var blocks = CSharpBlock().Matches(page).Select(m => m.Groups["code"].Value).ToList();

        Assert.Equal(quoted.Count, blocks.Count);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n');
            var blockUsings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
            var code = string.Join("\n", lines.Skip(blockUsings.Count).SkipWhile(l => l.Length == 0)).TrimEnd('\n');
            Assert.All(blockUsings, u => Assert.Contains(u, usings));
            Assert.True(quoted.Contains(code), $"This C# block of docs/live-view.md is not quoted from LiveViewPageExamples.cs:\n{code}");
        }
    }

    [Fact]
    public async Task TheOptionsAndSnapshotExamplesRun()
    {
        await using var system = new TickingSystem();
        var app = WebApplication.CreateSlimBuilder().Build();
        var printed = new StringWriter();
        var console = Console.Out;

        LiveViewPageExamples.ConfiguringTheView(app, system.Scheduler);
        Console.SetOut(printed);
        try
        {
            await LiveViewPageExamples.TakingSnapshots(system.Scheduler).WaitAsync(Limits.Wait);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains($"Clock #{system.Clock.Id}: 0 waiting", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains(((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints), e => e.DisplayName?.Contains("/ops/graph/events", StringComparison.Ordinal) == true);
    }

    /// <summary>Each region of the examples between "// quoted:" and "// end", without its indentation.</summary>
    private static IEnumerable<string> Quoted(string[] examples)
    {
        for (var start = Array.FindIndex(examples, l => l.TrimStart().StartsWith("// quoted:", StringComparison.Ordinal));
             start >= 0;
             start = Array.FindIndex(examples, start + 1, l => l.TrimStart().StartsWith("// quoted:", StringComparison.Ordinal)))
        {
            var end = Array.FindIndex(examples, start, l => l.Trim() == "// end");
            var lines = examples[(start + 1)..end];
            var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
            yield return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
        }
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
