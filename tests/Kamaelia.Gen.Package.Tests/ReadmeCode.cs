using System.Text.RegularExpressions;

namespace Kamaelia.Gen.Package.Tests;

/// <summary>
/// The C# programs the readmes show. Every <c>```csharp</c> block in them is a whole Program.cs that a reader may
/// paste, or a whole file-based program (one that starts with <c>#:package</c>); a fragment that is not meant to
/// compile on its own needs another fence.
/// </summary>
internal static partial class ReadmeCode
{
    /// <summary>
    /// The repository's README, then the readme of each package, with the package its programs use and the packages
    /// its reader has beside it (a worker project has the generic host).
    /// </summary>
    public static readonly IReadOnlyList<(string Readme, string PackageId, string[] Alongside)> Readmes =
    [
        ("README.md", "Kamaelia.Gen", []),
        ("src/Kamaelia/PackageReadme.md", "Kamaelia.Gen", []),
        ("src/Kamaelia.Nats/PackageReadme.md", "Kamaelia.Nats", []),
        ("src/Kamaelia.Hosting/PackageReadme.md", "Kamaelia.Hosting", ["Microsoft.Extensions.Hosting"]),
        ("src/Kamaelia.Http/PackageReadme.md", "Kamaelia.Http", []),
        ("templates/Kamaelia.Templates/PackageReadme.md", "Kamaelia.Gen", []),
    ];

    /// <summary>
    /// True for a block that is a file-based program (<c>dotnet run app.cs</c>): its first line is a <c>#:</c>
    /// directive, which a project's Program.cs may not have. OneFileStartTests runs those.
    /// </summary>
    public static bool IsFileBasedProgram(string block) => block.StartsWith("#:", StringComparison.Ordinal);

    /// <summary>The text of every C# block of a readme, in order.</summary>
    public static IReadOnlyList<string> CSharpBlocks(string repositoryRoot, string readme)
    {
        var markdown = File.ReadAllText(Path.Combine(repositoryRoot, readme)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return CSharpFence().Matches(markdown).Select(m => m.Groups["code"].Value).ToList();
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpFence();
}
