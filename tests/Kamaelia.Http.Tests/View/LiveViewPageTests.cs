using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Kamaelia.Http.Tests.View;

public sealed partial class LiveViewPageTests
{
    [Theory]
    [InlineData("in an application")]
    [InlineData("on its own")]
    public void ThePageQuotesTheCompiledExampleExactly(string name)
    {
        var examples = File.ReadAllLines(Path.Combine(ThisFolder(), "LiveViewPageExamples.cs"));
        var start = Array.FindIndex(examples, l => l.Trim() == $"// quoted: {name}");
        Assert.True(start >= 0, $"LiveViewPageExamples.cs has no example named '{name}'.");
        var end = Array.FindIndex(examples, start, l => l.Trim() == "// end");
        var lines = examples[(start + 1)..end];
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var example = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));

        var page = File.ReadAllText(Path.Combine(ThisFolder(), "..", "..", "..", "docs", "live-view.md")).ReplaceLineEndings("\n");
        var blocks = CodeBlock().Matches(page).Select(m => m.Groups["code"].Value);

        Assert.Contains(blocks, block => block.Contains(example, StringComparison.Ordinal));
    }

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
