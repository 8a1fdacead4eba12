using System.Text.RegularExpressions;

namespace Kamaelia.Gen.CodeFixes.Tests.Support;

/// <summary>
/// One page of docs/diagnostics (copied next to the tests): its title line and its examples, the code blocks
/// fenced as <c>```csharp wrong</c> (must report the page's rule) and <c>```csharp right</c> (must compile clean).
/// </summary>
internal sealed partial class DiagnosticPage
{
    private DiagnosticPage(string id, string text)
    {
        Id = id;
        Text = text;
        Title = text.Split('\n')[0].TrimEnd();
        Wrong = Blocks(text, "wrong");
        Right = Blocks(text, "right");
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>The first line, "# KAMxxx: title".</summary>
    public string Title { get; }

    public IReadOnlyList<string> Wrong { get; }

    public IReadOnlyList<string> Right { get; }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Docs");

    public static DiagnosticPage Read(string id) => new(id, File.ReadAllText(Path.Combine(Folder, id + ".md")).ReplaceLineEndings("\n"));

    private static List<string> Blocks(string text, string kind) =>
        [.. Fence().Matches(text).Where(m => m.Groups["kind"].Value == kind).Select(m => m.Groups["code"].Value)];

    [GeneratedRegex(@"^```csharp (?<kind>wrong|right)\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
