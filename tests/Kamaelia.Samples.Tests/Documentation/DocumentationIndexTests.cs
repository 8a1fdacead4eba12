using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>docs/README.md lists every page of docs/, and the README links to it.</summary>
public sealed partial class DocumentationIndexTests
{
    public static TheoryData<string> Pages { get; } =
        [.. Repository.MarkdownPages().Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1 && p != "docs/README.md")];

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheIndexListsThePage(string page)
    {
        var index = Repository.Read("docs/README.md");
        var name = page["docs/".Length..];

        Assert.Matches(new Regex(@"(?m)^- \[" + Regex.Escape(name) + @"\]\(" + Regex.Escape(name) + @"\): \S"), index);
    }

    [Fact]
    public void TheIndexListsTheDiagnosticsCatalogue() =>
        Assert.Contains("[diagnostics/README.md](diagnostics/README.md): ", Repository.Read("docs/README.md"), StringComparison.Ordinal);

    [Fact]
    public void TheReadmeLinksTheIndex() =>
        Assert.Contains("(docs/README.md)", Repository.Read("README.md"), StringComparison.Ordinal);
}
