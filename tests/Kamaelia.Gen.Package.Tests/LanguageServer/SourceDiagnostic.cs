using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>
/// A diagnostic as a user sees it: its id, where it starts (1-based line and column, as the build prints them), its
/// message and the help page it links to. LSP positions, which count from 0, are turned into the same form.
/// </summary>
internal sealed partial record SourceDiagnostic(string Id, int Line, int Column, string Message, string? HelpLink)
{
    /// <summary>One published LSP diagnostic.</summary>
    public static SourceDiagnostic FromLsp(JsonNode diagnostic)
    {
        var start = diagnostic["range"]!["start"]!;
        return new SourceDiagnostic(
            (string)diagnostic["code"]!,
            (int)start["line"]! + 1,
            (int)start["character"]! + 1,
            (string)diagnostic["message"]!,
            (string?)diagnostic["codeDescription"]?["href"]);
    }

    /// <summary>
    /// The distinct diagnostics `dotnet build` printed for one file, e.g.
    /// "/tmp/x/Program.cs(10,54): error KAM010: 'Upper' has no outbox … (https://…/KAM010.md) [/tmp/x/x.csproj]",
    /// where the compiler appends the help link to the message. The build prints each twice (as it happens and in
    /// the summary), so repeats are dropped.
    /// </summary>
    public static IReadOnlyList<SourceDiagnostic> FromBuildOutput(string output, string fileName) =>
        [.. BuildLine().Matches(output)
            .Where(m => Path.GetFileName(m.Groups["file"].Value) == fileName)
            .Select(m => new SourceDiagnostic(
                m.Groups["id"].Value,
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture),
                m.Groups["message"].Value,
                m.Groups["link"].Success ? m.Groups["link"].Value : null))
            .Distinct()];

    public override string ToString() => $"({Line},{Column}): {Id}: {Message} <{HelpLink}>";

    [GeneratedRegex(@"^\s*(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?:error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \((?<link>https?://[^\s()]+)\))?(?: \[[^\]\r\n]+\.csproj\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex BuildLine();
}
