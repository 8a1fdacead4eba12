using System.Text;
using System.Text.RegularExpressions;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>Every relative link in README.md and docs/ reaches a file that exists, and a heading in it when it names one.</summary>
public sealed partial class DocumentationLinkTests
{
    public static TheoryData<string> Pages { get; } = [.. Repository.MarkdownPages()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLinkResolves(string page)
    {
        var broken = new List<string>();
        foreach (var link in Links(Repository.Read(page)))
        {
            if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
            {
                continue;
            }

            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? link : link[..hash];
            var anchor = hash < 0 ? null : link[(hash + 1)..];
            var target = path.Length == 0 ? page : Path.GetRelativePath(Repository.Root, Path.GetFullPath(Path.Combine(Repository.Root, Path.GetDirectoryName(page)!, path))).Replace('\\', '/');
            var full = Path.Combine(Repository.Root, target);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                broken.Add($"{link}: {target} does not exist");
            }
            else if (anchor is not null && target.EndsWith(".md", StringComparison.Ordinal) && !Anchors(Repository.Read(target)).Contains(anchor))
            {
                broken.Add($"{link}: {target} has no heading whose anchor is #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, $"{page} has broken links:\n{string.Join('\n', broken)}");
    }

    /// <summary>The targets of the page's inline links, outside code blocks and code spans.</summary>
    private static IEnumerable<string> Links(string markdown) =>
        InlineLink().Matches(CodeSpan().Replace(CodeBlock().Replace(markdown, ""), "")).Select(m => m.Groups["target"].Value);

    /// <summary>The anchors GitHub gives the page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(CodeBlock().Replace(markdown, "")))
        {
            var slug = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = slug + "-" + n;
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"^```.*?^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
