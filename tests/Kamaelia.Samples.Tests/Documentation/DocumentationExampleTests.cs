using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>
/// The C# on the pages written around examples is quoted from code that is compiled and run: every C# block of
/// such a page appears, exactly, in one of the files the page quotes (tests in Kamaelia.Tests that exercise it).
/// </summary>
public sealed partial class DocumentationExampleTests
{
    private static readonly Dictionary<string, string[]> QuotedFiles = new(StringComparer.Ordinal)
    {
        ["docs/main-or-handles.md"] = ["tests/Kamaelia.Tests/Documentation/UpperBothWays.cs"],
        ["docs/testing.md"] = ["tests/Kamaelia.Tests/Documentation/TestingPageExamples.cs"],
        ["docs/async-and-io.md"] = ["tests/Kamaelia.Tests/Documentation/AsyncAndIoExamples.cs"],
        ["docs/observability.md"] = ["samples/Metrics/Program.cs"],
        ["docs/files-and-framing.md"] = ["tests/Kamaelia.Tests/Documentation/FilesAndFramingExamples.cs"],
        ["docs/http.md"] = ["tests/Kamaelia.Http.Tests/Documentation/HttpPageExamples.cs", "samples/WebApp/NumberStream.cs"],
    };

    public static TheoryData<string> Pages { get; } = [.. QuotedFiles.Keys];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryCSharpBlockIsQuotedFromTestedCode(string page)
    {
        var sources = QuotedFiles[page].Select(Repository.Read).ToList();
        var blocks = CSharpBlock().Matches(Repository.Read(page)).Select(m => m.Groups["code"].Value).ToList();

        Assert.NotEmpty(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            Assert.True(sources.Any(source => source.Contains(blocks[i], StringComparison.Ordinal)),
                $"C# block {i + 1} of {page} is not in {string.Join(" or ", QuotedFiles[page])}:\n{blocks[i]}");
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
