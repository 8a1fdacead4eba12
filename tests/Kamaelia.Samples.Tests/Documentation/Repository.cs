using System.Reflection;

namespace Kamaelia.Samples.Tests.Documentation;

/// <summary>The repository the tests were built from: its root, recorded at build time, and its Markdown pages.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The user's pages: README.md and every page under docs/ (the diagnostics catalogue's included), as paths relative to the root.</summary>
    public static IReadOnlyList<string> MarkdownPages() =>
    [
        "README.md",
        .. Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        var recorded = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is null || !File.Exists(Path.Combine(recorded, "Kamaelia.Gen.sln")))
        {
            throw new InvalidOperationException($"The repository root recorded at build time ({recorded ?? "none"}) holds no Kamaelia.Gen.sln.");
        }

        return recorded;
    }
}
